using ReferralSim.Web.Application.Behaviours;
using ReferralSim.Web.Application.Dispatching;

namespace ReferralSim.Web.Application.Play;

/// <summary>What the participant's pages show: the role choice, or the role's view with the names and services it needs.</summary>
public sealed record PlayPageQuery(Caller Caller) : IRequest<PlayPageView>, IParticipantRequest;
