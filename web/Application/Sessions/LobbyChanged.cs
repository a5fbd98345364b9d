using ReferralSim.Web.Application.Dispatching;

namespace ReferralSim.Web.Application.Sessions;

/// <summary>Someone joined a session or a role changed hands: no run event says so, so the facilitator's board is told this way.</summary>
public sealed record LobbyChanged(Guid SessionId) : INotification;
