using System.Globalization;
using ReferralSim.Engine.Runtime.Personas;
using ReferralSim.Engine.Scenarios.Model;


namespace ReferralSim.Engine.Runtime;

/// <summary>Turns a scenario's localized text into what a run shows: its language, its people.</summary>
public sealed class TextRenderer(string language, string defaultLanguage, IReadOnlyDictionary<string, Persona> personas)
{
    public string Language { get; } = language;

    public string Render(LocalizedText? text)
    {
        if (text is null)
        {
            return "";
        }

        return ScenarioPlaceholders.Pattern().Replace(text.In(Language, defaultLanguage), match =>
            personas.TryGetValue(match.Groups["character"].Value, out var persona)
                ? Field(persona, match.Groups["field"].Value) ?? match.Value
                : match.Value);
    }

    private string? Field(Persona persona, string field) => field switch
    {
        "first" => persona.First,
        "last" => persona.Last,
        "age" => persona.Age.ToString(CultureInfo.InvariantCulture),
        "country" => Nationalities.Find(persona.NationalityCode)?.CountryName.In(Language, "en"),
        _ => null,
    };
}
