using ReferralSim.Engine.Runtime.Personas;
using ReferralSim.Engine.Scenarios.Diagnostics;
using ReferralSim.Engine.Scenarios.Taxonomy;
using ReferralSim.Engine.Scenarios.Yaml;

namespace ReferralSim.Engine.Scenarios.Validation;

/// <summary>True indicators rest on the taxonomy and someone can see them; personas can be invented.</summary>
internal static class IndicatorRules
{
    public static void Check(ValidationContext context)
    {
        foreach (var indicator in context.Definition.Indicators)
        {
            // A missing or broken seen_by is already reported by the binder; only a written empty list is ours.
            if (indicator.SeenBy.Count == 0 && context.Map.NodeOf(indicator.SeenBy) is not null)
            {
                context.Report(DiagnosticCodes.IndicatorIncomplete, context.Map.Of(indicator, "seen_by"),
                    $"indicator '{indicator.Id}' is seen by no role; list at least one in 'seen_by'");
            }

            if (indicator.IsDistractor)
            {
                continue;
            }

            // A source or strength that is written but could not be read is already reported.
            if ((indicator.Source is null && !context.Wrote(indicator, "source"))
                || (indicator.Strength is null && !context.Wrote(indicator, "strength")))
            {
                context.Report(DiagnosticCodes.IndicatorIncomplete, context.Map.Of(indicator),
                    $"indicator '{indicator.Id}' needs a 'source' (a taxonomy id such as H-01) and a 'strength'; or mark it 'kind: distractor'");
                continue;
            }

            if (string.IsNullOrEmpty(indicator.Source))
            {
                continue;
            }

            var entry = IndicatorTaxonomy.Find(indicator.Source);
            if (entry is null)
            {
                context.Report(DiagnosticCodes.UnknownTaxonomyId, context.Map.Of(indicator, "source"),
                    $"'{indicator.Source}' is not in the indicator taxonomy{YamlBindingContext.Suggest(indicator.Source, IndicatorTaxonomy.Entries.Select(e => e.Id))}");
            }
            else if (indicator.Strength is { } strength && entry.Strength != strength)
            {
                context.Report(DiagnosticCodes.StrengthDiffers, context.Map.Of(indicator, "strength"),
                    $"indicator '{indicator.Id}' is {strength.ToString().ToLowerInvariant()} but the taxonomy rates {entry.Id} ({entry.Cue}) {entry.Strength.ToString().ToLowerInvariant()}");
            }
        }

        foreach (var character in context.Definition.Characters)
        {
            var nationalities = character.Persona.Nationality;
            for (var i = 0; i < nationalities.Count; i++)
            {
                if (Nationalities.Find(nationalities[i]) is null)
                {
                    context.Report(DiagnosticCodes.UnsupportedNationality, context.Map.Item(nationalities, i),
                        $"no names can be drawn for nationality '{nationalities[i]}'; supported: {string.Join(", ", Nationalities.All.Select(n => n.Code))}");
                }
            }
        }
    }
}
