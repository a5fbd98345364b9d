using System.Text.RegularExpressions;
using ReferralSim.Engine.Runtime;
using ReferralSim.Engine.Scenarios.Model;
using ReferralSim.Web.Components.Facilitator;
using ReferralSim.Web.Storage;
using ReferralSim.Web.Tests.TestSupport;

namespace ReferralSim.Web.Tests.Browser;

/// <summary>Every facilitator string exists in en, el and it, and every key the console's components ask for exists.</summary>
public sealed partial class FacilitatorResourcesTests
{
    [Theory]
    [InlineData("el")]
    [InlineData("it")]
    public void EveryFacilitatorKeyExistsInEveryLanguageWithText(string culture)
    {
        var english = FacilitatorResources.Read("en");
        var translated = FacilitatorResources.Read(culture);
        Assert.Empty(english.Keys.Except(translated.Keys));
        Assert.Empty(translated.Keys.Except(english.Keys));
        Assert.Empty(translated.Where(t => string.IsNullOrWhiteSpace(t.Value)).Select(t => t.Key));
        // A placeholder in English is a placeholder in every translation.
        Assert.Empty(english.Where(e => Placeholders(e.Value) != Placeholders(translated[e.Key])).Select(e => e.Key));
    }

    [Fact]
    public void EveryKeyTheConsoleUsesExists()
    {
        var keys = FacilitatorResources.Read("en");
        var used = Directory.EnumerateFiles(RepositoryRoot.Combine("web", "Components", "Facilitator"), "*.razor", SearchOption.AllDirectories)
            .SelectMany(f => LocalizerKey().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Distinct()
            .ToList();
        Assert.NotEmpty(used);
        var derived = FacilitatorErrors.Codes.Select(c => "Error_" + c)
            .Concat(Enum.GetNames<SessionStatus>().Select(s => "SessionStatus_" + s))
            .Concat(Enum.GetNames<RunOutcome>().Select(o => "Outcome_" + o))
            .Concat(Enum.GetNames<HarmSeverity>().Select(s => "Severity_" + s));
        var missing = used.Concat(derived).Where(k => !keys.ContainsKey(k)).ToList();
        Assert.Empty(missing);
    }

    private static string Placeholders(string text) => string.Join(",", PlaceholderPattern().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal));

    [GeneratedRegex("""\bF\["([A-Za-z_\-]+)"[\],]""")]
    private static partial Regex LocalizerKey();

    [GeneratedRegex("""\{\d+\}""")]
    private static partial Regex PlaceholderPattern();
}
