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
public static class Debriefer
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

    private static List<IndicatorResult> Indicators(CompiledScenario scenario, RunFacts facts, ScoringWeights weights, TextRenderer text)
    {
        var results = new List<IndicatorResult>(scenario.Definition.Indicators.Count);
        // The definition's order, first of a duplicated id only (as the index keeps it).
        foreach (var indicator in scenario.Definition.Indicators.Where(i => ReferenceEquals(scenario.Index.Indicators[i.Id], i)))
        {
            var (dimension, strength) = RunFacts.Classify(indicator);
            var sightings = new List<IndicatorSighting>();
            foreach (var role in scenario.Definition.Roles.Select(r => r.Id))
            {
                if (facts.SeenAt.TryGetValue((indicator.Id, role), out var seen))
                {
                    sightings.Add(new IndicatorSighting(role, seen, facts.NotedAt.TryGetValue((indicator.Id, role), out var noted) ? noted : null));
                }
            }

            var firstNote = sightings.Where(s => s.NotedAt is not null).MinBy(s => s.NotedAt);
            SimTime? revealedAt = facts.RevealedAt.TryGetValue(indicator.Id, out var at) ? at : null;
            var status = (revealedAt, firstNote, indicator.IsDistractor) switch
            {
                (null, _, _) => IndicatorStatus.NeverRevealed,
                (_, not null, false) => IndicatorStatus.Noted,
                (_, null, false) => IndicatorStatus.Missed,
                (_, not null, true) => IndicatorStatus.FalseAlarm,
                _ => IndicatorStatus.DistractorIgnored,
            };
            results.Add(new IndicatorResult(indicator.Id, indicator.Kind, indicator.Source, dimension, strength,
                strength is { } s ? weights.WeightOf(s) : 0, status, revealedAt, firstNote?.NotedAt, firstNote?.Role, sightings,
                text.Render(indicator.Text)));
        }

        return results;
    }

    /// <summary>
    /// Weighted share of the available true indicators that someone noted; each distractor noted
    /// takes off <see cref="ScoringWeights.FalseAlarm"/>. Never-revealed indicators are left out:
    /// a team is not marked down for what it was never shown.
    /// </summary>
    private static SubScore ScoreIdentification(List<IndicatorResult> indicators, ScoringWeights weights, List<ScoredItem> items)
    {
        var available = indicators.Where(i => i.Kind == IndicatorKind.Indicator && i.RevealedAt is not null).ToList();
        var availableWeight = available.Sum(i => i.Weight);
        if (availableWeight == 0)
        {
            return new SubScore(weights.Identification, weights.Identification);
        }

        double perWeight = (double)weights.Identification / availableWeight;
        foreach (var indicator in available)
        {
            var noted = indicator.Status == IndicatorStatus.Noted;
            items.Add(new ScoredItem(ScoredCategory.Identification, indicator.Id, noted ? "noted" : "missed", indicator.FirstNotedAt,
                null, noted ? indicator.Weight * perWeight : 0, indicator.Weight * perWeight));
        }

        var falseAlarms = indicators.Where(i => i.Status == IndicatorStatus.FalseAlarm).ToList();
        foreach (var alarm in falseAlarms)
        {
            items.Add(new ScoredItem(ScoredCategory.FalseAlarm, alarm.Id, "false-alarm", alarm.FirstNotedAt, null, -weights.FalseAlarm * perWeight, 0));
        }

        var notedWeight = available.Where(i => i.Status == IndicatorStatus.Noted).Sum(i => i.Weight);
        var credited = Math.Max(0, notedWeight - (weights.FalseAlarm * falseAlarms.Count));
        return new SubScore(Round(credited * perWeight), weights.Identification);
    }

    private static IEnumerable<CriticalActionResult> CriticalActions(ScoringDefinition scoring, RunFacts facts, TextRenderer text)
    {
        foreach (var critical in scoring.CriticalActions)
        {
            var done = critical.DoneBy.Select(a => facts.FirstDone.GetValueOrDefault(a)).OfType<ActionPerformed>().MinBy(a => a.At);
            SimTime? doneAt = done?.At;
            if (critical.Flag is { } flag && facts.FirstFlagSet.TryGetValue(flag, out var setAt) && (doneAt is null || setAt < doneAt))
            {
                (doneAt, done) = (setAt, null);
            }

            var dueAt = critical.Deadline is { } deadline && AnchorTime(critical.From, facts) is { } anchor ? anchor + deadline : (SimTime?)null;
            yield return new CriticalActionResult(critical.Id, Label(critical.Label, critical.Id, text), ScoredActionKind.CriticalAction,
                StatusOf(doneAt, dueAt), doneAt, done?.Role, critical.Deadline, dueAt);
        }

        foreach (var duty in scoring.LegalDuties)
        {
            var done = facts.FirstDone.GetValueOrDefault(duty.Action);
            var dueAt = AnchorTime(duty.From, facts) is { } anchor ? anchor + duty.Deadline : (SimTime?)null;
            yield return new CriticalActionResult(duty.Id, Label(duty.Label, duty.Id, text), ScoredActionKind.LegalDuty,
                StatusOf(done?.At, dueAt), done?.At, done?.Role, duty.Deadline, dueAt);
        }
    }

    private static SimTime? AnchorTime(string from, RunFacts facts) => from switch
    {
        ScoringCriticalAction.FromStart => SimTime.Zero,
        ScoringCriticalAction.FromReasonableGrounds => facts.Grounds?.At,
        _ => facts.FirstDone.GetValueOrDefault(from)?.At,
    };

    private static ActionStatus StatusOf(SimTime? doneAt, SimTime? dueAt) => (doneAt, dueAt) switch
    {
        (null, _) => ActionStatus.NotDone,
        (_, null) => ActionStatus.Done,
        ({ } done, { } due) => done <= due ? ActionStatus.OnTime : ActionStatus.Late,
    };

    /// <summary>The share of critical actions done, at any time; when they were done counts under timeliness.</summary>
    private static SubScore ScoreProcess(List<CriticalActionResult> actions, ScoringWeights weights, List<ScoredItem> items)
    {
        var critical = actions.Where(a => a.Kind == ScoredActionKind.CriticalAction).ToList();
        if (critical.Count == 0)
        {
            return new SubScore(weights.Process, weights.Process);
        }

        var each = (double)weights.Process / critical.Count;
        foreach (var action in critical)
        {
            var done = action.Status != ActionStatus.NotDone;
            items.Add(new ScoredItem(ScoredCategory.Process, action.Id, done ? "done" : "not-done", action.DoneAt, null, done ? each : 0, each));
        }

        return new SubScore(Round(each * critical.Count(a => a.Status != ActionStatus.NotDone)), weights.Process);
    }

    /// <summary>
    /// The mean credit of the timed items: the referral (from reasonable grounds), timed critical
    /// actions and legal duties. An item is worth 1 in time, falls linearly to 0 when late by its
    /// deadline again, and is 0 when never done. The referral is not due when she declined an
    /// informed offer (a correct outcome) or when the team never had grounds; referring before
    /// grounds is in time (referral must not wait for proof).
    /// </summary>
    private static SubScore ScoreTimeliness(ReferralScoring? referral, List<CriticalActionResult> actions, ReasonableGrounds? grounds,
        SimTime? firstCorrect, double? delay, RunOutcome? outcome, ScoringWeights weights, List<ScoredItem> items)
    {
        var credits = new List<(string Id, string Status, SimTime? At, SimTime? Due, double Credit)>();
        if (referral is not null && outcome != RunOutcome.Declined && (grounds is not null || firstCorrect is not null))
        {
            var deadlineMinutes = referral.Deadline.TotalMinutes;
            var credit = (firstCorrect, delay) switch
            {
                (null, _) => 0,
                (_, null) => 1,
                (_, { } minutes) => minutes <= deadlineMinutes ? 1 : Math.Max(0, 1 - ((minutes - deadlineMinutes) / deadlineMinutes)),
            };
            var status = firstCorrect is null ? "not-done" : credit >= 1 ? "on-time" : "late";
            credits.Add(("referral", status, firstCorrect, grounds is null ? null : grounds.At + referral.Deadline, credit));
        }

        foreach (var action in actions.Where(a => a.DueAt is not null && a.Deadline is not null))
        {
            var credit = action.Status switch
            {
                ActionStatus.OnTime => 1,
                ActionStatus.Late when action is { DoneAt: { } done, DueAt: { } due, Deadline: { } deadline } =>
                    Math.Max(0, 1 - ((done - due).TotalMinutes / deadline.TotalMinutes)),
                _ => 0,
            };
            credits.Add((action.Id, Kebab(action.Status), action.DoneAt, action.DueAt, credit));
        }

        if (credits.Count == 0)
        {
            return new SubScore(weights.Timeliness, weights.Timeliness);
        }

        var each = (double)weights.Timeliness / credits.Count;
        foreach (var (id, status, at, due, credit) in credits)
        {
            items.Add(new ScoredItem(ScoredCategory.Timeliness, id, status, at, due, credit * each, each));
        }

        return new SubScore(Round(credits.Sum(c => c.Credit) * each), weights.Timeliness);
    }

    private static List<ReferralResult> JudgeReferrals(CompiledScenario scenario, RunFacts facts, ReferralScoring? scoring)
    {
        var correct = scoring?.To ?? [];
        var results = new List<ReferralResult>(facts.Referrals.Count);
        foreach (var (referral, consentGiven) in facts.Referrals)
        {
            var service = scenario.Directory.Find(referral.Service);
            var servesMinors = service?.Serves.Contains(ServedGroup.Minors) ?? false;
            var servesAdults = service?.Serves.Contains(ServedGroup.Adults) ?? false;
            WrongReferralReason? reason = facts.PossibleMinor
                // Presume a child: any service for minors is right, and consent does not block it.
                ? servesMinors ? null : WrongReferralReason.NotACorrectService
                : servesMinors && !servesAdults ? WrongReferralReason.MinorsOnlyServiceForAdult
                : !correct.Contains(referral.Service) ? WrongReferralReason.NotACorrectService
                : !consentGiven ? WrongReferralReason.BeforeConsent
                : null;
            results.Add(new ReferralResult(referral.At, referral.Role, referral.Service, reason is null, reason));
        }

        return results;
    }

    private static List<HarmResult> Harms(ScoringDefinition scoring, RunFacts facts, SimTime? firstCorrect, SimTime endedAt, TextRenderer text,
        ScoringWeights weights)
    {
        var declared = scoring.Harms.GroupBy(h => h.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        HarmResult Result(SimTime at, string? role, string? action, string code, HarmSeverity severity)
        {
            var known = declared.GetValueOrDefault(code);
            var penalty = severity switch
            {
                HarmSeverity.Critical => 0,
                HarmSeverity.Major => known?.Penalty ?? weights.MajorHarm,
                _ => known?.Penalty ?? weights.MinorHarm,
            };
            return new HarmResult(at, role, action, code, Label(known?.Label, code, text), severity, penalty);
        }

        var harms = facts.Harms.Select(h => Result(h.At, h.Role, h.Action, h.Code, h.Severity)).ToList();
        if (facts.PossibleMinor && firstCorrect is null && facts.Ended is not null)
        {
            harms.Add(Result(endedAt, null, null, ScoringHarm.PossibleMinorNotReferred, HarmSeverity.Critical));
        }

        return harms;
    }

    private static List<DimensionResult> Dimensions(List<IndicatorResult> indicators)
    {
        var results = new List<DimensionResult>();
        foreach (var group in indicators.Where(i => i.Dimension is not null && i.RevealedAt is not null).GroupBy(i => i.Dimension!.Value).OrderBy(g => g.Key))
        {
            var available = new DimensionTally();
            var noted = new DimensionTally();
            foreach (var indicator in group)
            {
                var strength = indicator.Strength ?? IndicatorStrength.Weak;
                available.Add(strength);
                if (indicator.Status == IndicatorStatus.Noted)
                {
                    noted.Add(strength);
                }
            }

            var notedOnes = group.Where(i => i.Status == IndicatorStatus.Noted).ToList();
            results.Add(new DimensionResult(group.Key, group.Count(), notedOnes.Count, group.Sum(i => i.Weight), notedOnes.Sum(i => i.Weight),
                available.IsPositive, noted.IsPositive));
        }

        return results;
    }

    private static List<RoleSummary> Roles(CompiledScenario scenario, RunFacts facts, List<IndicatorResult> indicators,
        List<ReferralResult> referrals, DebriefOptions options, TextRenderer text)
    {
        var summaries = new List<RoleSummary>();
        foreach (var role in scenario.Definition.Roles)
        {
            var seen = indicators.Where(i => i.Kind == IndicatorKind.Indicator)
                .SelectMany(i => i.Sightings.Where(s => s.Role == role.Id).Select(s => (Indicator: i, Sighting: s))).ToList();
            var noted = seen.Where(x => x.Sighting.NotedAt is not null).ToList();
            var falseAlarms = indicators.Where(i => i.Kind == IndicatorKind.Distractor)
                .Count(i => i.Sightings.Any(s => s.Role == role.Id && s.NotedAt is not null));
            summaries.Add(new RoleSummary(role.Id, text.Render(role.Name),
                options.IncludeNames ? options.Participants.GetValueOrDefault(role.Id) : null,
                seen.Count == 0 ? null : seen.Min(x => x.Sighting.SeenAt),
                noted.Count == 0 ? null : noted.Min(x => x.Sighting.NotedAt),
                seen.Count, noted.Count, seen.Sum(x => x.Indicator.Weight), noted.Sum(x => x.Indicator.Weight), falseAlarms,
                referrals.FirstOrDefault(r => r.Role == role.Id)?.At));
        }

        return summaries;
    }

    private static List<HandOff> HandOffs(RunFacts facts, List<ReferralResult> referrals, ReasonableGrounds? grounds)
    {
        double? Since(SimTime at) => grounds is null ? null : (at - grounds.At).TotalMinutes;
        var handOffs = new List<HandOff>();
        if (grounds is not null)
        {
            handOffs.AddRange(facts.Messages.Where(m => m.At >= grounds.At)
                .Select(m => new HandOff(m.At, HandOffKind.Message, m.From, m.To, Since(m.At))));
        }

        handOffs.AddRange(referrals.Select(r => new HandOff(r.At, HandOffKind.Referral, r.Role, [r.Service], Since(r.At))));
        return [.. handOffs.OrderBy(h => h.At)];
    }

    private static List<TimelineEntry> Timeline(CompiledScenario scenario, RunFacts facts, ReasonableGrounds? grounds)
    {
        var entries = new List<TimelineEntry>();
        if (grounds is not null)
        {
            entries.Add(new TimelineEntry(grounds.At, TimelineKind.ReasonableGrounds, null, string.Join(", ", grounds.Indicators)));
        }

        foreach (var revealed in facts.Reveals.Where(r => scenario.Index.Indicators.TryGetValue(r.Indicator, out var i) && !i.IsDistractor))
        {
            entries.Add(new TimelineEntry(revealed.At, TimelineKind.Revealed, null, revealed.Indicator));
        }

        entries.AddRange(facts.Notes.Select(n => new TimelineEntry(n.At, TimelineKind.Noted, n.Role, n.Indicator)));
        entries.AddRange(facts.Actions.Select(a => new TimelineEntry(a.At, TimelineKind.Action, a.Role, a.Action)));
        entries.AddRange(facts.Messages.Select(m => new TimelineEntry(m.At, TimelineKind.Message, m.From, string.Join(", ", m.To))));
        entries.AddRange(facts.Referrals.Select(r => new TimelineEntry(r.Referral.At, TimelineKind.Referral, r.Referral.Role, r.Referral.Service)));
        entries.AddRange(facts.Harms.Select(h => new TimelineEntry(h.At, TimelineKind.Harm, h.Role, h.Code)));
        if (facts.Ended is { } ended)
        {
            entries.Add(new TimelineEntry(ended.At, TimelineKind.Ended, null, Kebab(ended.Outcome)));
        }

        return [.. entries.OrderBy(e => e.At)];
    }

    private static List<ExpertStepResult> ExpertPath(CompiledScenario scenario, RunFacts facts, TextRenderer text)
    {
        var steps = new List<ExpertStepResult>();
        var path = scenario.Definition.Scoring?.ExpertPath ?? [];
        for (var i = 0; i < path.Count; i++)
        {
            var step = path[i];
            if (step.Do is { } action)
            {
                var done = facts.FirstDone.GetValueOrDefault(action);
                var label = scenario.Index.Actions.TryGetValue(action, out var definition) ? text.Render(definition.Label) : action;
                steps.Add(new ExpertStepResult(i + 1, step.By, action, null, label, done?.At, done?.Role));
            }
            else if (step.Refer is { } service)
            {
                var referral = facts.Referrals.Select(r => r.Referral).FirstOrDefault(r => r.Service == service);
                var label = scenario.Directory.Find(service)?.Name is { } name ? text.Render(name) : service;
                steps.Add(new ExpertStepResult(i + 1, step.By, null, service, label, referral?.At, referral?.Role));
            }
        }

        return steps;
    }

    private static string Label(LocalizedText? label, string fallback, TextRenderer text) => label is null ? fallback : text.Render(label);

    private static IReadOnlyList<string> Ids(List<IndicatorResult> indicators, IndicatorStatus status) =>
        [.. indicators.Where(i => i.Status == status).Select(i => i.Id)];

    internal static string Kebab<TEnum>(TEnum value) where TEnum : struct, Enum =>
        System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    private static double Round(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
