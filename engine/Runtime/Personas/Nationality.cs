using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Runtime.Personas;

/// <summary>
/// A nationality a persona can have: where its names come from, and the country's name in the UI
/// languages. Bogus supplies names where its locale tells female from male first names; where it
/// does not (its Greek and Nigerian lists mix genders, Ukrainian is Cyrillic, Albanian is absent),
/// a small curated pool in Latin script stands in, so every participant can read every name.
/// </summary>
public sealed record Nationality(
    string Code,
    string? BogusLocale,
    LocalizedText CountryName,
    IReadOnlyList<string> FemaleFirstNames,
    IReadOnlyList<string> MaleFirstNames,
    IReadOnlyList<string> LastNames);
