using System.ComponentModel;

namespace ReferralSim.Engine.Scenarios.Model;

public sealed record PersonaSpec
{
    [Description("female or male.")]
    public Gender Gender { get; init; } = Gender.Female;

    [Description("Youngest and oldest age: [18, 22].")]
    public AgeRange Age { get; init; } = AgeRange.Placeholder;

    [Description("Nationalities to draw from, as ISO country codes: [NG, RO, UA].")]
    public IReadOnlyList<string> Nationality { get; init; } = ["GR"];
}
