using ReferralSim.Web.Application.Behaviours;
using ReferralSim.Web.Application.Dispatching;

namespace ReferralSim.Web.Application.Play;

public sealed record FacilitatorSnapshotQuery(Caller Caller, Guid SessionId, long AfterSequence) : IRequest<FacilitatorSnapshot>, IFacilitatorRequest;
