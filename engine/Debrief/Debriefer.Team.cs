using ReferralSim.Engine.Runtime;
using ReferralSim.Engine.Runtime.Events;
using ReferralSim.Engine.Scenarios;
using ReferralSim.Engine.Scenarios.Directories;
using ReferralSim.Engine.Scenarios.Model;
using ReferralSim.Engine.Scenarios.Taxonomy;

namespace ReferralSim.Engine.Debrief;

/// <summary>The team's view: per-role summaries, hand-offs, the timeline, and the expert path beside what the team did.</summary>
public static partial class Debriefer
{
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
}
