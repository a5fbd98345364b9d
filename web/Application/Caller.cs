using System.Security.Claims;

namespace ReferralSim.Web.Application;

/// <summary>Who sends a request, as authentication established it (never as the request claims).</summary>
public abstract record Caller
{
    public const string FacilitatorClaim = "rs:facilitator";
    public const string ParticipantClaim = "rs:participant";
    public const string SessionClaim = "rs:session";

    public static Caller From(ClaimsPrincipal? user)
    {
        if (Guid.TryParse(user?.FindFirstValue(FacilitatorClaim), out var facilitator))
        {
            return new FacilitatorCaller(facilitator);
        }

        if (Guid.TryParse(user?.FindFirstValue(ParticipantClaim), out var participant)
            && Guid.TryParse(user?.FindFirstValue(SessionClaim), out var session))
        {
            return new ParticipantCaller(participant, session);
        }

        return AnonymousCaller.Instance;
    }
}

public sealed record FacilitatorCaller(Guid FacilitatorId) : Caller;

/// <summary>A participant of one session. Their role is read from the store at each request, since the facilitator may reassign it.</summary>
public sealed record ParticipantCaller(Guid ParticipantId, Guid SessionId) : Caller;

public sealed record AnonymousCaller : Caller
{
    public static AnonymousCaller Instance { get; } = new();
}
