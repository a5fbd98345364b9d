using ReferralSim.Web.Application.Behaviours;
using ReferralSim.Web.Application.Dispatching;

namespace ReferralSim.Web.Application.Sessions;

/// <summary>A session's whole event log as JSON Lines, for the debrief tools.</summary>
public sealed record ExportEventsQuery(Caller Caller, Guid SessionId) : IRequest<string>, IFacilitatorRequest;
