using ReferralSim.Web.Application.Behaviours;
using ReferralSim.Web.Application.Dispatching;

namespace ReferralSim.Web.Application.Play;

public sealed record ParticipantSnapshotQuery(Caller Caller, long AfterSequence) : IRequest<ParticipantSnapshot>, IParticipantRequest;
