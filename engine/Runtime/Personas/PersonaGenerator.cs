using Bogus;
using ReferralSim.Engine.Scenarios.Model;
using BogusGender = Bogus.DataSets.Name.Gender;

namespace ReferralSim.Engine.Runtime.Personas;

/// <summary>
/// Invents each character of a scenario from the run's seed: the same seed gives the same people,
/// another seed other people, so nobody can learn a case by heart.
/// </summary>
public static class PersonaGenerator
{
    public static IReadOnlyDictionary<string, Persona> Generate(IEnumerable<CharacterDefinition> characters, int seed)
    {
        var result = new Dictionary<string, Persona>(StringComparer.Ordinal);
        var index = 0;
        foreach (var character in characters)
        {
            // One randomizer per character, seeded from the run seed and its position, so adding a
            // character at the end does not change the people before it.
            var random = new Randomizer(unchecked(seed * 7919 + index++));
            result[character.Id] = Invent(character, random);
        }

        return result;
    }

    private static Persona Invent(CharacterDefinition character, Randomizer random)
    {
        var spec = character.Persona;
        var code = spec.Nationality.Count > 0 ? random.ListItem(spec.Nationality.ToList()) : "GR";
        var nationality = Nationalities.Find(code) ?? Nationalities.Find("GR")!;
        var age = random.Int(spec.Age.Min, spec.Age.Max);
        var (first, last) = nationality.BogusLocale is { } locale
            ? FromBogus(locale, spec.Gender, random)
            : (random.ListItem(spec.Gender == Gender.Female ? [.. nationality.FemaleFirstNames] : nationality.MaleFirstNames.ToList()),
               random.ListItem(nationality.LastNames.ToList()));
        return new Persona(character.Id, first, last, age, nationality.Code);
    }

    private static (string First, string Last) FromBogus(string locale, Gender gender, Randomizer random)
    {
        var faker = new Faker(locale) { Random = random };
        var bogusGender = gender == Gender.Female ? BogusGender.Female : BogusGender.Male;
        return (faker.Name.FirstName(bogusGender), faker.Name.LastName(bogusGender));
    }
}
