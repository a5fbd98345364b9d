using System.Text.RegularExpressions;

namespace ReferralSim.Engine.Scenarios.Model;

/// <summary>The placeholders texts may hold, <c>{patient.first}</c>: a character id and one of <see cref="Fields"/>.</summary>
public static partial class ScenarioPlaceholders
{
    public static IReadOnlyList<string> Fields { get; } = ["first", "last", "age", "country"];

    [GeneratedRegex(@"\{(?<character>[A-Za-z0-9_-]+)\.(?<field>[A-Za-z0-9_-]+)\}")]
    public static partial Regex Pattern();
}
