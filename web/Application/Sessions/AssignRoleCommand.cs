using ReferralSim.Web.Application.Behaviours;
using ReferralSim.Web.Application.Dispatching;

namespace ReferralSim.Web.Application.Sessions;

/// <summary>The facilitator gives a participant a role, or takes it away (null).</summary>
public sealed record AssignRoleCommand(Caller Caller, Guid SessionId, Guid ParticipantId, string? Role) : IRequest<string?>, IFacilitatorRequest;
