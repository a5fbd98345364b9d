using ReferralSim.Engine.Scenarios.Model;
using ReferralSim.Engine.Runtime.Events;
using ReferralSim.Engine.Runtime.Views;
using ReferralSim.Web.Application.Play;
using ReferralSim.Web.Application.Sessions;
using ReferralSim.Web.Sessions;
using ReferralSim.Web.Storage;

namespace ReferralSim.Web.Application.Facilitators;

/// <summary>
/// What the facilitator's lobby and live board show: the people and their roles, every role's
/// status, the run's phase and clock, every event (harms and flags too), the manual injects and the
/// state graph. Texts drawn from the scenario are in the session's scenario language.
/// </summary>
public sealed record FacilitatorBoard(
    Guid SessionId,
    string JoinCode,
    string ScenarioLanguage,
    RunPhase Phase,
    string Clock,
    double Speed,
    string CurrentState,
    IReadOnlyList<BoardPerson> People,
    IReadOnlyList<BoardRole> Roles,
    IReadOnlyList<StoredEvent> Feed,
    ClockTime ClockStart,
    IReadOnlyList<InjectChoice> Injects,
    StateGraph Graph,
    SessionTexts Texts,
    IReadOnlyDictionary<string, string> IndicatorTexts,
    long Version)
{
    /// <summary>
    /// The speeds the board offers (simulated minutes per real minute): slow to real time for a
    /// workshop, and fast-forward (10×, 30×) for a facilitator rehearsing a scenario alone, when each
    /// action's minutes would otherwise be waited out in real time.
    /// </summary>
    public static IReadOnlyList<double> Speeds { get; } = [0.5, 1, 2, 4, 10, 30];

    public string ScenarioTitle => Texts.Title;

    public string RoleName(string role) => Texts.RoleNames.TryGetValue(role, out var name) ? name : role;

    /// <summary>When an event happened on the scenario's clock (e.g. 21:40); worked out only for the entries rendered.</summary>
    public string TimeOf(RunEvent runEvent) => ClockStart.At(runEvent.At);

    public string ActionLabel(string action) => Texts.ActionLabels.TryGetValue(action, out var label) ? label : action;

    public string IndicatorText(string indicator) => IndicatorTexts.TryGetValue(indicator, out var text) ? text : indicator;

    public string ServiceName(string service) => Texts.ServiceNames.TryGetValue(service, out var name) ? name : service;

    public string InjectTitle(string inject) => Injects.FirstOrDefault(i => i.Id == inject)?.Title ?? inject;

    /// <summary>Builds the board. Call inside the session's single writer or <see cref="LiveSession.ReadAsync{T}"/>.</summary>
    public static FacilitatorBoard Build(LiveSession session, IReadOnlyList<ParticipantRecord> participants)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(participants);
        var run = session.Run;
        var state = run.State;
        var definition = session.Scenario.Scenario.Definition;
        var texts = SessionTexts.Of(session);
        var lastAction = new Dictionary<string, ActionPerformed>(StringComparer.Ordinal);
        foreach (var performed in run.Events.OfType<ActionPerformed>())
        {
            lastAction[performed.Role] = performed;
        }

        var now = session.Clock.Now();
        var roles = definition.Roles.Select(r =>
        {
            var person = participants.FirstOrDefault(p => p.Role == r.Id && !p.IsBot);
            var busy = state.BusyUntil(r.Id);
            return new BoardRole(
                r.Id,
                texts.RoleNames[r.Id],
                person?.DisplayName,
                person is null && state.BotRoles.Contains(r.Id),
                lastAction.TryGetValue(r.Id, out var last) ? texts.ActionLabels.GetValueOrDefault(last.Action, last.Action) : null,
                busy > now && state.Started && !state.Ended ? definition.Clock.Start.At(busy) : null);
        }).ToList();
        var people = participants.Where(p => !p.IsBot).OrderBy(p => p.JoinedAt).Select(p => new BoardPerson(p.Id, p.DisplayName, p.Role)).ToList();
        var feed = session.EventsAfter(0).ToList();
        var injects = definition.Injects.Where(i => i.Manual)
            .Select(i => new InjectChoice(i.Id, i.Title is { } title ? run.Text.Render(title) : i.Id, state.IsConsidered(i.Id)))
            .ToList();
        var language = session.Record.Language;
        return new FacilitatorBoard(session.Id, session.Record.JoinCode, language, RoleView.PhaseOf(state),
            definition.Clock.Start.At(SimTime.Max(now, state.Now)), session.Clock.Speed, state.CurrentState, people, roles, feed, definition.Clock.Start, injects,
            StateGraph.For(session.Scenario.Scenario, run, language), texts,
            run.Events.OfType<IndicatorRevealed>().GroupBy(e => e.Indicator).ToDictionary(g => g.Key, g => g.First().Text, StringComparer.Ordinal),
            session.Version);
    }
}

/// <summary>Someone who joined (bots are listed by role, in <see cref="BoardRole.Bot"/>).</summary>
public sealed record BoardPerson(Guid Id, string DisplayName, string? Role);

/// <summary>A role: who plays it (a person's display name, or a bot), what it did last, and until when it is busy (clock time).</summary>
public sealed record BoardRole(string Id, string Name, string? PlayedBy, bool Bot, string? LastAction, string? BusyUntil);


/// <summary>A manual inject the facilitator may fire, by title; <see cref="Fired"/> once it has been considered.</summary>
public sealed record InjectChoice(string Id, string Title, bool Fired);
