using System.Net;
using System.Text.RegularExpressions;
using ReferralSim.Engine.Debrief;
using ReferralSim.Engine.Runtime;
using ReferralSim.Engine.Runtime.Events;
using ReferralSim.Engine.Scenarios.Model;
using ReferralSim.Engine.Scenarios.Taxonomy;
using ReferralSim.Web.Components.Debrief;
using ReferralSim.Web.Tests.TestSupport;

namespace ReferralSim.Web.Tests.Debrief;

/// <summary>Every debrief string exists in en, el and it, is translated, and a Greek or Italian report shows no English.</summary>
public sealed partial class DebriefResourcesTests
{
    /// <summary>The engine enums whose values the views show through <c>D.Of(value)</c>, as keys <c>Type_Member</c>.</summary>
    private static readonly Type[] LabelledEnums =
    [
        typeof(RunOutcome), typeof(HandOffKind), typeof(WrongReferralReason), typeof(IndicatorStatus), typeof(ActionStatus),
        typeof(ReasonableGroundsRule), typeof(DebriefPhase), typeof(HarmSeverity), typeof(IndicatorStrength), typeof(IndicatorDimension),
    ];

    [Theory]
    [InlineData("el")]
    [InlineData("it")]
    public void EveryDebriefKeyExistsInEveryLanguageWithTextAndTheSamePlaceholders(string culture)
    {
        var english = DebriefResources.Read("en");
        var translated = DebriefResources.Read(culture);

        Assert.Empty(english.Keys.Except(translated.Keys));
        Assert.Empty(translated.Keys.Except(english.Keys));
        Assert.Empty(translated.Where(t => string.IsNullOrWhiteSpace(t.Value)).Select(t => t.Key));
        Assert.Empty(english.Where(e => Placeholders(e.Value) != Placeholders(translated[e.Key])).Select(e => e.Key));
    }

    [Theory]
    [InlineData("el")]
    [InlineData("it")]
    public void NoDebriefTranslationIsTheEnglishTextUnlessListedAsTheSame(string culture)
    {
        var english = DebriefResources.Read("en");
        var translated = DebriefResources.Read(culture);
        var allowed = DebriefResources.SameAsEnglish(culture);

        Assert.Empty(english.Where(e => e.Value == translated[e.Key] && !allowed.Contains(e.Key)).Select(e => e.Key));
        // The list stays honest: a key on it is there because its text really is the same.
        Assert.All(allowed, key => Assert.Equal(english[key], translated[key]));
    }

    [Fact]
    public void EveryKeyTheDebriefViewsUseExistsAndEveryKeyIsUsed()
    {
        var keys = DebriefResources.Read("en");
        var used = Directory.EnumerateFiles(RepositoryRoot.Combine("web", "Components", "Debrief"), "*.razor")
            .SelectMany(f => LocalizerKey().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Concat(LabelledEnums.SelectMany(type => Enum.GetNames(type).Select(name => $"{type.Name}_{name}")))
            .ToHashSet(StringComparer.Ordinal);

        var missing = used.Where(k => !keys.ContainsKey(k)).ToList();
        var unused = keys.Keys.Where(k => !used.Contains(k)).ToList();
        Assert.Empty(missing);
        Assert.Empty(unused);
    }

    [Theory]
    [InlineData("el")]
    [InlineData("it")]
    public async Task AGreekOrItalianReportShowsNoEnglishText(string culture)
    {
        var pages = new List<string>();
        foreach (var events in new[] { DebriefFixtures.GoodRun(withHarm: true), DebriefFixtures.PoorRun() })
        {
            foreach (var showScores in new[] { true, false })
            {
                var options = new DebriefOptions { Language = culture, ShowScores = showScores };
                pages.Add(await DebriefHtml.RenderAsync(Debriefer.Debrief(DebriefFixtures.Scenario, events, options), options));
            }
        }

        pages.Add(await DebriefHtml.RenderAsync(Comparison(), culture, showScores: true));

        var english = EnglishTextsThatCannotBeTranslations(culture);
        Assert.All(pages, page =>
        {
            Assert.Contains($"<html lang=\"{culture}\"", page, StringComparison.Ordinal);
            var text = TextOf(page);
            var untranslated = english.Where(e => text.Contains(e, StringComparison.Ordinal)).ToList();
            Assert.Empty(untranslated);
        });
    }

    [Fact]
    public async Task AReportInAnUnknownLanguageIsInEnglish()
    {
        var options = new DebriefOptions { Language = "xx" };

        var html = await DebriefHtml.RenderAsync(Debriefer.Debrief(DebriefFixtures.Scenario, DebriefFixtures.GoodRun(), options), options);

        Assert.Contains("<html lang=\"en\"", html, StringComparison.Ordinal);
        Assert.Contains("First correct referral", html, StringComparison.Ordinal);
    }

    private static DebriefComparison Comparison()
    {
        IReadOnlyList<RunEvent>[] runs = [DebriefFixtures.GoodRun(), DebriefFixtures.GoodRun(referralAt: 90), DebriefFixtures.PoorRun()];
        return DebriefComparer.Compare([.. runs.Select((events, i) => ($"run-{i}", Debriefer.Debrief(DebriefFixtures.Scenario, events)))]);
    }

    /// <summary>English values long enough that finding one in a translated page means a string was not translated.</summary>
    private static List<string> EnglishTextsThatCannotBeTranslations(string culture)
    {
        var allowed = DebriefResources.SameAsEnglish(culture);
        return
        [
            .. DebriefResources.Read("en")
                .Where(e => !allowed.Contains(e.Key))
                .SelectMany(e => Placeholder().Split(e.Value))
                .Select(part => part.Trim())
                .Where(part => part.Length >= 12),
        ];
    }

    /// <summary>What a reader sees: element text and titles, not class names or the stylesheet.</summary>
    private static string TextOf(string html) => WebUtility.HtmlDecode(Markup().Replace(Stylesheet().Replace(html, ""), "\n"));

    private static string Placeholders(string text) => string.Join(",", Placeholder().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal));

    [GeneratedRegex("""\bD\["([A-Za-z_\-]+)"[\],]""")]
    private static partial Regex LocalizerKey();

    [GeneratedRegex("<style>.*?</style>", RegexOptions.Singleline)]
    private static partial Regex Stylesheet();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Markup();

    [GeneratedRegex("""\{\d+\}""")]
    private static partial Regex Placeholder();
}
