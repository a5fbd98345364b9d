using ReferralSim.Web.Application.Behaviours;
using ReferralSim.Web.Application.Dispatching;

namespace ReferralSim.Web.Application.Sessions;

/// <summary>The facilitator lets bots play every role no person has taken; returns the roles filled.</summary>
public sealed record FillWithBotsCommand(Caller Caller, Guid SessionId) : IRequest<IReadOnlyList<string>>, IFacilitatorRequest;
