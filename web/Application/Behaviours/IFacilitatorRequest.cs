namespace ReferralSim.Web.Application.Behaviours;

/// <summary>A request only the facilitator who owns <see cref="SessionId"/> may send.</summary>
public interface IFacilitatorRequest
{
    Caller Caller { get; }

    Guid SessionId { get; }
}
