using ReferralSim.Web.Application.Behaviours;
using ReferralSim.Web.Application.Dispatching;

namespace ReferralSim.Web.Application.Sessions;

/// <summary>A participant picks a free role for themselves.</summary>
public sealed record TakeRoleCommand(Caller Caller, string Role) : IRequest<string>, IParticipantRequest;
