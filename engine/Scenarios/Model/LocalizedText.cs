using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ReferralSim.Engine.Scenarios.Diagnostics;
using ReferralSim.Engine.Scenarios.Yaml;

namespace ReferralSim.Engine.Scenarios.Model;

/// <summary>
/// A text in several languages. A plain YAML string is the scenario's first language (its key is
/// <see cref="DefaultLanguageKey"/> until the scenario's languages are known).
/// </summary>
public sealed partial class LocalizedText : IYamlValue<LocalizedText>
{
    public const string DefaultLanguageKey = "*";

    public LocalizedText(IReadOnlyDictionary<string, string> translations) => Translations = translations;

    public static LocalizedText Placeholder { get; } = new(new Dictionary<string, string>());

    public IReadOnlyDictionary<string, string> Translations { get; }

    public static LocalizedText Of(string english) => new(new Dictionary<string, string> { ["en"] = english });

    public bool Has(string language) => Translations.ContainsKey(language);

    /// <summary>The text in <paramref name="language"/>, else in the scenario's default language.</summary>
    public string In(string language, string defaultLanguage) =>
        Translations.TryGetValue(language, out var text) ? text
        : Translations.TryGetValue(defaultLanguage, out var fallback) ? fallback
        : Translations.TryGetValue(DefaultLanguageKey, out var plain) ? plain
        : Translations.Values.FirstOrDefault() ?? "";

    public override string ToString() => In("en", "en");

    public static LocalizedText Read(YamlNode node, YamlBindingContext context)
    {
        switch (node)
        {
            case YamlScalar scalar:
                return new LocalizedText(new Dictionary<string, string> { [DefaultLanguageKey] = scalar.Value });
            case YamlMapping mapping:
                var translations = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var (key, value) in mapping.Entries.Select(e => (e.Key, e.Value)))
                {
                    if (!LanguageCode().IsMatch(key.Value))
                    {
                        context.Report(DiagnosticCodes.UnknownLanguage, key,
                            $"'{key.Value}' is not a two-letter language code such as en, el or it");
                    }
                    else if (value is YamlScalar text)
                    {
                        translations[key.Value] = text.Value;
                    }
                    else
                    {
                        context.Report(DiagnosticCodes.WrongType, value, $"the '{key.Value}' text must be a string, found {value.KindName}");

                        // The language is there, if broken: no "missing language" on top.
                        translations[key.Value] = "";
                    }
                }

                return new LocalizedText(translations);
            default:
                context.Report(DiagnosticCodes.WrongType, node,
                    "expected a text, or one per language such as { en: \"...\", el: \"...\", it: \"...\" }, found a list");
                return Placeholder;
        }
    }

    public static JsonObject Schema(JsonSchemaWriter writer) => new()
    {
        ["description"] = "A text, or one per language: { en: \"...\", el: \"...\", it: \"...\" }.",
        ["anyOf"] = new JsonArray(
            new JsonObject { ["type"] = "string" },
            new JsonObject
            {
                ["type"] = "object",
                ["propertyNames"] = new JsonObject { ["pattern"] = "^[a-z]{2}$" },
                ["additionalProperties"] = new JsonObject { ["type"] = "string" },
                ["properties"] = new JsonObject
                {
                    ["en"] = new JsonObject { ["type"] = "string", ["description"] = "English" },
                    ["el"] = new JsonObject { ["type"] = "string", ["description"] = "Greek" },
                    ["it"] = new JsonObject { ["type"] = "string", ["description"] = "Italian" },
                },
            }),
    };

    [GeneratedRegex("^[a-z]{2}$")]
    private static partial Regex LanguageCode();
}
