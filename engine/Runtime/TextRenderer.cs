using System.Collections.Concurrent;
using System.Globalization;
using ReferralSim.Engine.Runtime.Personas;
using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Runtime;

/// <summary>
/// Turns a scenario's localized text into what a run shows: its language, its people. A text always
/// renders the same within a run (its language and people are fixed), so each is rendered once: a
/// live session builds every role's view after every commit, and would otherwise run the placeholder
/// pattern over every label and briefing each time.
/// </summary>
public sealed class TextRenderer(string language, string defaultLanguage, IReadOnlyDictionary<string, Persona> personas)
{
    // Keyed by the text's identity: a scenario's texts are fixed objects of its compiled definition.
    private readonly ConcurrentDictionary<LocalizedText, string> _rendered = new(ReferenceEqualityComparer.Instance);

    public string Language { get; } = language;

    public string Render(LocalizedText? text) =>
        text is null ? "" : _rendered.TryGetValue(text, out var rendered) ? rendered : _rendered.GetOrAdd(text, RenderNow(text));

    private string RenderNow(LocalizedText text) =>
        ScenarioPlaceholders.Pattern().Replace(text.In(Language, defaultLanguage), match =>
            personas.TryGetValue(match.Groups["character"].Value, out var persona)
                ? Field(persona, match.Groups["field"].Value) ?? match.Value
                : match.Value);

    private string? Field(Persona persona, string field) => field switch
    {
        "first" => persona.First,
        "last" => persona.Last,
        "age" => persona.Age.ToString(CultureInfo.InvariantCulture),
        "country" => Nationalities.Find(persona.NationalityCode)?.CountryName.In(Language, "en"),
        _ => null,
    };
}
