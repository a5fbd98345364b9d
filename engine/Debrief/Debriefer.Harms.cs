using ReferralSim.Engine.Runtime;
using ReferralSim.Engine.Runtime.Events;
using ReferralSim.Engine.Scenarios;
using ReferralSim.Engine.Scenarios.Directories;
using ReferralSim.Engine.Scenarios.Model;
using ReferralSim.Engine.Scenarios.Taxonomy;

namespace ReferralSim.Engine.Debrief;

/// <summary>Harms: re-victimising actions with their severity and penalty.</summary>
public static partial class Debriefer
{
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
}
