using System.Text.RegularExpressions;
using ReferralSim.Engine.Scenarios.Diagnostics;
using ReferralSim.Engine.Scenarios.Model;
using ReferralSim.Engine.Scenarios.Yaml;

namespace ReferralSim.Engine.Scenarios.Validation;

/// <summary>Every text has the scenario's languages, and its placeholders name real characters and fields.</summary>
internal static partial class TextRules
{
    public static void Check(ValidationContext context)
    {
        var definition = context.Definition;
        for (var i = 0; i < definition.Languages.Count; i++)
        {
            if (!LanguageCode().IsMatch(definition.Languages[i]))
            {
                context.Report(DiagnosticCodes.UnknownLanguage, context.Map.Item(definition.Languages, i),
                    $"'{definition.Languages[i]}' is not a two-letter language code such as en, el or it");
            }
        }

        var defaultLanguage = definition.DefaultLanguage;
        foreach (var text in ModelWalker.All<LocalizedText>(definition))
        {
            var location = context.Map.Of(text);
            if (text.Translations.Count == 0)
            {
                continue;
            }

            var hasDefault = text.Has(defaultLanguage) || text.Has(LocalizedText.DefaultLanguageKey);
            if (!hasDefault)
            {
                context.Report(DiagnosticCodes.MissingDefaultLanguage, location,
                    $"this text has no '{defaultLanguage}' version; the scenario's first language fills every gap, so it must be there");
            }

            var missing = definition.Languages.Skip(1).Where(l => !text.Has(l)).ToList();
            if (missing.Count > 0 && hasDefault)
            {
                context.Report(DiagnosticCodes.MissingTranslation, location,
                    $"this text has no {string.Join(", ", missing.Select(l => $"'{l}'"))} version; '{defaultLanguage}' will be shown instead");
            }

            foreach (var (language, value) in text.Translations)
            {
                // Point at the translation that holds the placeholder, not at the '{' of the whole text.
                var translation = context.Map.NodeOf(text) is YamlMapping mapping && mapping.Find(language) is { } entry
                    ? entry.Value.Location
                    : location;
                CheckPlaceholders(context, value, translation);
            }
        }
    }

    private static void CheckPlaceholders(ValidationContext context, string text, SourceLocation location)
    {
        foreach (Match match in ScenarioPlaceholders.Pattern().Matches(text))
        {
            var (character, field) = (match.Groups["character"].Value, match.Groups["field"].Value);
            if (!context.Index.Characters.ContainsKey(character))
            {
                context.Report(DiagnosticCodes.UnknownPlaceholder, location,
                    $"{match.Value} names no character{YamlBindingContext.Suggest(character, context.Index.Characters.Keys)}; characters are {string.Join(", ", context.Index.Characters.Keys)}");
            }
            else if (!ScenarioPlaceholders.Fields.Contains(field))
            {
                context.Report(DiagnosticCodes.UnknownPlaceholder, location,
                    $"{match.Value} asks for '{field}'{YamlBindingContext.Suggest(field, ScenarioPlaceholders.Fields)}; a character has {string.Join(", ", ScenarioPlaceholders.Fields)}");
            }
        }
    }

    [GeneratedRegex("^[a-z]{2}$")]
    private static partial Regex LanguageCode();
}
