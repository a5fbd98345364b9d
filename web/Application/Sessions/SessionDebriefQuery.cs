using ReferralSim.Engine.Debrief;
using ReferralSim.Web.Application.Behaviours;
using ReferralSim.Web.Application.Dispatching;
using ReferralSim.Web.Sessions;
using ReferralSim.Web.Storage;

namespace ReferralSim.Web.Application.Sessions;

/// <summary>The debrief of a session, scored from its event log, in the session's scenario language; no participant names.</summary>
public sealed record SessionDebriefQuery(Caller Caller, Guid SessionId, bool ShowScores) : IRequest<SessionDebrief>, IFacilitatorRequest;

public sealed record SessionDebrief(DebriefReport Report, DebriefOptions Options, string ScenarioId, SessionRecord Record);

public sealed class SessionDebriefHandler(LiveSessionRegistry registry) : IRequestHandler<SessionDebriefQuery, SessionDebrief>
{
    public async Task<SessionDebrief> Handle(SessionDebriefQuery request, CancellationToken cancellationToken)
    {
        var session = await registry.GetAsync(request.SessionId);
        var (scenario, events, language, started) = await session.ReadAsync(s =>
            (s.Scenario.Scenario, s.EventsAfter(0).Select(e => e.Event).ToList(), s.Record.Language, s.Run.State.Started));
        if (!started)
        {
            throw new AppException("session-not-started", "the session has not started, so there is nothing to debrief yet");
        }

        var options = new DebriefOptions { Language = language, ShowScores = request.ShowScores };
        return new SessionDebrief(Debriefer.Debrief(scenario, events, options), options, session.Scenario.Id, session.Record);
    }
}
