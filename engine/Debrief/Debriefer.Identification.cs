using ReferralSim.Engine.Runtime;
using ReferralSim.Engine.Runtime.Events;
using ReferralSim.Engine.Scenarios;
using ReferralSim.Engine.Scenarios.Directories;
using ReferralSim.Engine.Scenarios.Model;
using ReferralSim.Engine.Scenarios.Taxonomy;

namespace ReferralSim.Engine.Debrief;

/// <summary>Identification: each indicator's availability and notes, weighted by strength, and by ILO dimension.</summary>
public static partial class Debriefer
{
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
}
