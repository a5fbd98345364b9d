using ReferralSim.Engine.Debrief;
using ReferralSim.Web.Application.Behaviours;
using ReferralSim.Web.Application.Dispatching;
using ReferralSim.Web.Sessions;

namespace ReferralSim.Web.Application.Sessions;

/// <summary>The debrief of a session, scored from its event log, in the session's scenario language; no participant names.</summary>
public sealed record SessionDebriefQuery(Caller Caller, Guid SessionId, bool ShowScores) : IRequest<SessionDebrief>, IFacilitatorRequest;

public sealed record SessionDebrief(DebriefReport Report, DebriefOptions Options, string ScenarioId);

public sealed class SessionDebriefHandler(LiveSessionRegistry registry) : IRequestHandler<SessionDebriefQuery, SessionDebrief>
{
    public async Task<SessionDebrief> Handle(SessionDebriefQuery request, CancellationToken cancellationToken)
    {
        var session = await registry.GetAsync(request.SessionId);
        var (scenario, events, language) = await session.ReadAsync(s => (s.Scenario.Scenario, s.EventsAfter(0).Select(e => e.Event).ToList(), s.Record.Language));
        var options = new DebriefOptions { Language = language, ShowScores = request.ShowScores };
        return new SessionDebrief(Debriefer.Debrief(scenario, events, options), options, session.Scenario.Id);
    }
}
