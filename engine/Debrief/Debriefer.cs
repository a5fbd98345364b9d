using ReferralSim.Engine.Runtime;
using ReferralSim.Engine.Runtime.Events;
using ReferralSim.Engine.Scenarios;
using ReferralSim.Engine.Scenarios.Directories;
using ReferralSim.Engine.Scenarios.Model;
using ReferralSim.Engine.Scenarios.Taxonomy;

namespace ReferralSim.Engine.Debrief;

/// <summary>
/// (scenario, event log) → <see cref="DebriefReport"/>: a pure function, no clock, no I/O. One pass
/// over the log (<see cref="RunFacts"/>), then work proportional to the scenario and to what the
/// team did, so long logs stay cheap.
/// <para>
/// Reasonable grounds use what was <em>available</em> (revealed to at least one role), not what was
/// noted: SCORING.md asks for "the first moment the team had" grounds, and measuring from notes
/// would reward a team for not noting.
/// </para>
/// </summary>
public static partial class Debriefer
{
    public static DebriefReport Debrief(CompiledScenario scenario, IReadOnlyList<RunEvent> events, DebriefOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(events);
        options ??= DebriefOptions.Default;
        var start = events.OfType<RunStarted>().FirstOrDefault()
            ?? throw new ArgumentException("the event log has no run-started event", nameof(events));
        if (start.ScenarioId != scenario.Id)
        {
            throw new ArgumentException($"the event log is a run of scenario '{start.ScenarioId}', not of '{scenario.Id}'", nameof(events));
        }

        var definition = scenario.Definition;
        var scoring = definition.Scoring ?? new ScoringDefinition();
        var weights = scoring.Weights;
        var text = new TextRenderer(options.Language, definition.DefaultLanguage,
            start.Personas.GroupBy(p => p.CharacterId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal));
        var facts = RunFacts.Fold(scenario, events);
        var outcome = facts.Ended?.Outcome;
        var endedAt = facts.Ended?.At ?? facts.LastAt;
        var items = new List<ScoredItem>();

        var indicators = Indicators(scenario, facts, weights, text);
        var identification = ScoreIdentification(indicators, weights, items);
        var actions = CriticalActions(scoring, facts, text).ToList();
        var process = ScoreProcess(actions, weights, items);
        var referrals = JudgeReferrals(scenario, facts, scoring.Referral);
        var firstCorrect = referrals.FirstOrDefault(r => r.Correct)?.At;
        var grounds = facts.Grounds;
        double? delay = grounds is not null && firstCorrect is { } referredAt
            ? Math.Max(0, (referredAt - grounds.At).TotalMinutes)
            : null;
        var timeliness = ScoreTimeliness(scoring.Referral, actions, grounds, firstCorrect, delay, outcome, weights, items);
        var harms = Harms(scoring, facts, firstCorrect, endedAt, text, weights);
        var penalty = harms.Sum(h => h.Penalty);
        foreach (var harm in harms)
        {
            items.Add(new ScoredItem(ScoredCategory.Harm, harm.Code, harm.Severity.ToString(), harm.At, null, -harm.Penalty, 0));
        }

        var criticalFail = harms.Any(h => h.Severity == HarmSeverity.Critical);
        var beforeGate = Math.Max(0, identification.Points + process.Points + timeliness.Points - penalty);
        return new DebriefReport
        {
            ScenarioId = definition.Id,
            ScenarioVersion = start.ScenarioVersion,
            Title = text.Render(definition.Title),
            Language = options.Language,
            Seed = start.Seed,
            Outcome = outcome,
            EndedAt = facts.Ended?.At,
            Score = criticalFail ? 0 : Round(beforeGate),
            MaxScore = weights.Total,
            CriticalFail = criticalFail,
            Scores = new ScoreBreakdown(identification, process, timeliness, penalty, Round(beforeGate)),
            ReasonableGroundsAt = grounds?.At,
            ReasonableGrounds = grounds,
            FirstCorrectReferralAt = firstCorrect,
            ReferralDelayMinutes = delay,
            ReferralDeadline = scoring.Referral?.Deadline,
            ReferralMissing = scoring.Referral is not null && grounds is not null && firstCorrect is null && outcome != RunOutcome.Declined,
            PossibleMinor = facts.PossibleMinor,
            MissedIndicators = Ids(indicators, IndicatorStatus.Missed),
            MissedStrongIndicators = [.. indicators.Where(i => i.Status == IndicatorStatus.Missed && i.Strength == IndicatorStrength.Strong).Select(i => i.Id)],
            NotedIndicators = Ids(indicators, IndicatorStatus.Noted),
            NeverRevealed = [.. indicators.Where(i => i.Status == IndicatorStatus.NeverRevealed && i.Kind == IndicatorKind.Indicator).Select(i => i.Id)],
            FalseAlarms = Ids(indicators, IndicatorStatus.FalseAlarm),
            Harms = [.. harms.Select(h => h.Code)],
            Indicators = indicators,
            Dimensions = Dimensions(indicators),
            Roles = Roles(scenario, facts, indicators, referrals, options, text),
            CriticalActions = actions,
            Referrals = referrals,
            HarmDetails = harms,
            HandOffs = HandOffs(facts, referrals, grounds),
            Timeline = Timeline(scenario, facts, grounds),
            ExpertPath = ExpertPath(scenario, facts, text),
            Discussion = [.. scoring.DebriefPrompts.OrderBy(p => p.Phase).Select(p => new DiscussionPrompt(p.Phase, text.Render(p.Text)))],
            ScoredItems = items,
        };
    }

    private static string Label(LocalizedText? label, string fallback, TextRenderer text) => label is null ? fallback : text.Render(label);

    private static IReadOnlyList<string> Ids(List<IndicatorResult> indicators, IndicatorStatus status) =>
        [.. indicators.Where(i => i.Status == status).Select(i => i.Id)];

    internal static string Kebab<TEnum>(TEnum value) where TEnum : struct, Enum => Scenarios.Yaml.YamlNaming.EnumValue(value.ToString());

    private static double Round(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
