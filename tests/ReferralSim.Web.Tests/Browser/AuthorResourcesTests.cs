using System.Text.RegularExpressions;
using System.Xml.Linq;
using ReferralSim.Web.Tests.TestSupport;

namespace ReferralSim.Web.Tests.Browser;

/// <summary>The workbench's and the help's resx files (web/Resources/Author*.resx), read as the tests need them.</summary>
internal static class AuthorResources
{
    public static IReadOnlyDictionary<string, string> Read(string culture) =>
        XDocument.Load(RepositoryRoot.Combine("web", "Resources", culture == "en" ? "Author.resx" : $"Author.{culture}.resx"))
            .Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!, StringComparer.Ordinal);
}

/// <summary>Every workbench and help string exists in en, el and it, and every key those components ask for exists.</summary>
public sealed partial class AuthorResourcesTests
{
    [Theory]
    [InlineData("el")]
    [InlineData("it")]
    public void EveryAuthorKeyExistsInEveryLanguageWithText(string culture)
    {
        var english = AuthorResources.Read("en");
        var translated = AuthorResources.Read(culture);
        Assert.Empty(english.Keys.Except(translated.Keys));
        Assert.Empty(translated.Keys.Except(english.Keys));
        Assert.Empty(translated.Where(t => string.IsNullOrWhiteSpace(t.Value)).Select(t => t.Key));
        // Same placeholders ({0}, {1}) in every language.
        Assert.Empty(english.Where(e => !Placeholders(e.Value).SetEquals(Placeholders(translated[e.Key]))).Select(e => e.Key));
    }

    [Fact]
    public void EveryKeyTheWorkbenchAndHelpUseExists()
    {
        var keys = AuthorResources.Read("en");
        var used = new[] { "Author", "Help" }
            .SelectMany(folder => Directory.EnumerateFiles(RepositoryRoot.Combine("web", "Components", folder), "*.razor"))
            .SelectMany(f => LocalizerKey().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Distinct()
            .ToList();
        Assert.NotEmpty(used);
        var derived = new[] { "referred", "declined", "lost", "time-up", "ended-by-facilitator" }.Select(o => "Outcome_" + o)
            .Concat(new[] { "scenario-too-large", "scenario-invalid", "version-not-newer", "facilitators-only", "unknown-scenario", "no-file", "form-expired", "generic" }
                .Select(c => "Error_" + c))
            .Concat(new[] { "authoring", "scenarios" }.Select(s => "HelpSection_" + s));
        var missing = used.Concat(derived).Where(k => !keys.ContainsKey(k)).ToList();
        Assert.Empty(missing);
    }

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value)];

    [GeneratedRegex("""\bA\["([A-Za-z_\-]+)"[\],]""")]
    private static partial Regex LocalizerKey();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
