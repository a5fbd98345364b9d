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
    public async Task ACriticalFailIsSaidPlainlyInTheReport()
    {
        var html = await DebriefHtml.RenderAsync(Report(withHarm: true), DebriefOptions.Default);

        Assert.Contains("Critical fail", html, StringComparison.Ordinal);
        Assert.Contains("Sensitive questions in front of the companion", html, StringComparison.Ordinal);
    }
}
