using System.Net;
using System.Text.Json;
using ReferralSim.Engine.Debrief;
using ReferralSim.Web.Components.Debrief;

namespace ReferralSim.Web.Tests.Debrief;

public sealed class DebriefExportTests
{
    private static DebriefReport Report(DebriefOptions? options = null, bool withHarm = false) =>
        Debriefer.Debrief(DebriefFixtures.Scenario, DebriefFixtures.GoodRun(withHarm: withHarm), options);

    [Fact]
    public void TheJsonHasEveryFieldOfTheContractWithMinutesAsNumbers()
    {
        using var json = JsonDocument.Parse(DebriefJson.Serialize(Report(withHarm: true)));
        var root = json.RootElement;

        Assert.Equal(0, root.GetProperty("score").GetDouble());
        Assert.Equal(100, root.GetProperty("maxScore").GetInt32());
        Assert.Equal(0, root.GetProperty("reasonableGroundsAt").GetDouble());
        Assert.Equal(31, root.GetProperty("firstCorrectReferralAt").GetDouble());
        Assert.Equal(31, root.GetProperty("referralDelayMinutes").GetDouble());
        Assert.Equal("referred", root.GetProperty("outcome").GetString());
        Assert.True(root.GetProperty("criticalFail").GetBoolean());
        Assert.Equal(["interview-in-front-of-companion"], root.GetProperty("harms").EnumerateArray().Select(e => e.GetString()));
        foreach (var ids in new[] { "missedIndicators", "notedIndicators", "neverRevealed", "falseAlarms" })
        {
            Assert.Equal(JsonValueKind.Array, root.GetProperty(ids).ValueKind);
        }

        Assert.Equal(14, root.GetProperty("notedIndicators").GetArrayLength());
    }

    [Fact]
    public void TheCsvHasOneRowPerIndicatorPerRoleThatSawItThenOneRowPerScoredItem()
    {
        var report = Report();
        var sections = DebriefCsv.Write(report).Split("\n\n");

        Assert.Equal(2, sections.Length);
        var indicatorRows = Csv.Parse(sections[0]);
        var itemRows = Csv.Parse(sections[1]);
        Assert.Equal(DebriefCsv.IndicatorHeader.Split(','), indicatorRows[0]);
        Assert.Equal(report.Indicators.Sum(i => i.Sightings.Count) + 1, indicatorRows.Count);
        Assert.Equal(report.ScoredItems.Count + 1, itemRows.Count);
        Assert.All(indicatorRows, row => Assert.Equal(9, row.Count));
        Assert.Contains(indicatorRows, row => row is ["companion-holds-her-id", "indicator", "cod", "strong", "3", "nurse", "0", "0", "noted"]);
    }

    [Fact]
    public async Task TheHtmlReportIsStandaloneWithATimelineAndNoParticipantNames()
    {
        var options = new DebriefOptions { Participants = new Dictionary<string, string> { ["nurse"] = "Zoe Testperson" } };

        var html = await DebriefHtml.RenderAsync(Report(options), options);

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\"", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Zoe Testperson", html, StringComparison.Ordinal);
        Assert.DoesNotContain("please", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NamesAppearOnlyWhenTheFacilitatorAsksAndScoresHideWhenAsked()
    {
        var options = new DebriefOptions
        {
            IncludeNames = true,
            ShowScores = false,
            Participants = new Dictionary<string, string> { ["nurse"] = "Zoe Testperson" },
        };

        var html = await DebriefHtml.RenderAsync(Report(options), options);

        Assert.Contains("Zoe Testperson", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">Score:", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheComparisonNamesIndicatorsAndHarmsInTheReadersLanguageNotByTheirIds()
    {
        var italian = new DebriefOptions { Language = "it" };
        var dayOne = Debriefer.Debrief(DebriefFixtures.Scenario, DebriefFixtures.PoorRun(), italian);
        var dayThree = Debriefer.Debrief(DebriefFixtures.Scenario, DebriefFixtures.GoodRun(withHarm: true), italian);
        var comparison = DebriefComparer.Compare([("day 1", dayOne), ("day 3", dayThree)]);

        var html = WebUtility.HtmlDecode(await DebriefHtml.RenderAsync(comparison, "it", showScores: true));

        var indicator = dayThree.Indicators.Single(i => i.Id == "companion-holds-her-id");
        var english = Report().Indicators.Single(i => i.Id == indicator.Id);
        Assert.NotEqual(english.Text, indicator.Text);
        Assert.Contains($"<th scope=\"row\">{indicator.Text}</th>", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"<th scope=\"row\">{indicator.Id}</th>", html, StringComparison.Ordinal);
        var harm = Assert.Single(dayThree.HarmDetails);
        Assert.Contains($"<td>{harm.Label}</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(harm.Code, html, StringComparison.Ordinal);

        // Tools keep the ids, with the texts beside them.
        using var json = JsonDocument.Parse(DebriefJson.Serialize(comparison));
        Assert.Equal(indicator.Text, json.RootElement.GetProperty("indicatorTexts").GetProperty(indicator.Id).GetString());
        Assert.Contains(json.RootElement.GetProperty("indicators").EnumerateArray(), row => row.GetProperty("key").GetString() == indicator.Id);
    }

    [Fact]
    public async Task ACriticalFailIsSaidPlainlyInTheReport()
    {
        var html = await DebriefHtml.RenderAsync(Report(withHarm: true), DebriefOptions.Default);

        Assert.Contains("Critical fail", html, StringComparison.Ordinal);
        Assert.Contains("Sensitive questions in front of the companion", html, StringComparison.Ordinal);
    }
}
