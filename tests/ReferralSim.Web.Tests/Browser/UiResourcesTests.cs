using System.Text.RegularExpressions;
using ReferralSim.Engine.Runtime.Views;
using ReferralSim.Web.Components;
using ReferralSim.Web.Tests.TestSupport;

namespace ReferralSim.Web.Tests.Browser;

/// <summary>Every UI string exists in en, el and it, and every key the components ask for exists.</summary>
public sealed partial class UiResourcesTests
{
    [Theory]
    [InlineData("el")]
    [InlineData("it")]
    public void EveryKeyExistsInEveryLanguageWithText(string culture)
    {
        var english = UiResources.Read("en");
        var translated = UiResources.Read(culture);
        Assert.Empty(english.Keys.Except(translated.Keys));
        Assert.Empty(translated.Keys.Except(english.Keys));
        Assert.Empty(translated.Where(t => string.IsNullOrWhiteSpace(t.Value)).Select(t => t.Key));
    }

    [Fact]
    public void EveryKeyTheComponentsUseExists()
    {
        var keys = UiResources.Read("en");
        var used = Directory.EnumerateFiles(RepositoryRoot.Combine("web", "Components"), "*.razor", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}Debrief{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => LocalizerKey().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Distinct()
            .ToList();
        Assert.NotEmpty(used);
        var derived = UiText.ErrorCodes.Select(c => "Error_" + c)
            .Concat(Enum.GetNames<RunPhase>().Select(p => "Phase_" + p))
            .Concat(UiText.Cultures.Select(c => "LanguageName_" + c))
            .Append("Reason_Other");
        var missing = used.Concat(derived).Where(k => !keys.ContainsKey(k)).ToList();
        Assert.Empty(missing);
    }

    [GeneratedRegex("""L\["([A-Za-z_\-]+)"[\],]""")]
    private static partial Regex LocalizerKey();
}
