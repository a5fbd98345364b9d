namespace ReferralSim.Web.Application.Behaviours;

/// <summary>A request only a participant may send, and only about their own session.</summary>
public interface IParticipantRequest
{
    Caller Caller { get; }
}
