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
            if (indicator.SeenBy.Count == 0)
            {
                context.Report(DiagnosticCodes.IndicatorIncomplete, context.Map.Of(indicator, "seen_by"),
                    $"indicator '{indicator.Id}' is seen by no role; list at least one in 'seen_by'");
            }

            if (indicator.IsDistractor)
            {
                continue;
            }

            if (indicator.Source is null || indicator.Strength is null)
            {
                context.Report(DiagnosticCodes.IndicatorIncomplete, context.Map.Of(indicator),
                    $"indicator '{indicator.Id}' needs a 'source' (a taxonomy id such as H-01) and a 'strength'; or mark it 'kind: distractor'");
                continue;
            }

            var entry = IndicatorTaxonomy.Find(indicator.Source);
            if (entry is null)
            {
                context.Report(DiagnosticCodes.UnknownTaxonomyId, context.Map.Of(indicator, "source"),
                    $"'{indicator.Source}' is not in the indicator taxonomy{YamlBindingContext.Suggest(indicator.Source, IndicatorTaxonomy.Entries.Select(e => e.Id))}");
            }
            else if (entry.Strength != indicator.Strength)
            {
                context.Report(DiagnosticCodes.StrengthDiffers, context.Map.Of(indicator, "strength"),
                    $"indicator '{indicator.Id}' is {indicator.Strength.ToString()!.ToLowerInvariant()} but the taxonomy rates {entry.Id} ({entry.Cue}) {entry.Strength.ToString().ToLowerInvariant()}");
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
