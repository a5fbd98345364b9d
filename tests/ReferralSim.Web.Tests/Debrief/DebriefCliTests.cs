using System.Text.Json;
using ReferralSim.Engine.Runtime.Serialization;
using ReferralSim.Web.Cli;

namespace ReferralSim.Web.Tests.Debrief;

public sealed class DebriefCliTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("referralsim-debrief-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string WriteLog(string name, string text)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static async Task<(int Exit, string Output, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CommandLineApp.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task DebriefReadsALogWrittenByToJsonLinesAndWritesTheJsonReport()
    {
        var log = WriteLog("run.jsonl", RunEventJson.ToJsonLines(DebriefFixtures.GoodRun()));
        var report = Path.Combine(_folder.FullName, "report.json");

        var (exit, _, error) = await Run("debrief", DebriefFixtures.ScenarioPath, log, "--format", "json", "-o", report);

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        using var json = JsonDocument.Parse(File.ReadAllText(report));
        Assert.Equal(100, json.RootElement.GetProperty("score").GetDouble());
        Assert.Equal(31, json.RootElement.GetProperty("referralDelayMinutes").GetDouble());
    }

    [Fact]
    public async Task DebriefWritesHtmlToStandardOutputWithoutOutputFile()
    {
        var log = WriteLog("run.jsonl", RunEventJson.ToJsonLines(DebriefFixtures.GoodRun()));

        var (exit, output, _) = await Run("debrief", DebriefFixtures.ScenarioPath, log);

        Assert.Equal(0, exit);
        Assert.Contains("<svg", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CompareReadsSeveralLogsOfTheSameScenario()
    {
        var early = WriteLog("day1.jsonl", RunEventJson.ToJsonLines(DebriefFixtures.GoodRun(referralAt: 90)));
        var late = WriteLog("day3.jsonl", RunEventJson.ToJsonLines(DebriefFixtures.GoodRun()));

        var (exit, output, error) = await Run("compare", DebriefFixtures.ScenarioPath, early, late, "--format", "json");

        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        var runs = json.RootElement.GetProperty("runs").EnumerateArray().ToList();
        Assert.Equal(["day1.jsonl", "day3.jsonl"], runs.Select(r => r.GetProperty("label").GetString()));
        Assert.Equal([90.0, 31.0], runs.Select(r => r.GetProperty("referralDelayMinutes").GetDouble()));
    }

    [Fact]
    public async Task DebriefWritesTheHtmlReportInTheLanguageAsked()
    {
        var log = WriteLog("run.jsonl", RunEventJson.ToJsonLines(DebriefFixtures.GoodRun()));

        var (exit, output, error) = await Run("debrief", DebriefFixtures.ScenarioPath, log, "--language", "it");

        Assert.True(exit == 0, error);
        Assert.Contains("<html lang=\"it\"", output, StringComparison.Ordinal);
        Assert.Contains("Primo invio corretto", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CompareWritesTheHtmlComparisonInTheLanguageAsked()
    {
        var early = WriteLog("day1.jsonl", RunEventJson.ToJsonLines(DebriefFixtures.GoodRun(referralAt: 90)));
        var late = WriteLog("day3.jsonl", RunEventJson.ToJsonLines(DebriefFixtures.GoodRun()));

        var (exit, output, error) = await Run("compare", DebriefFixtures.ScenarioPath, early, late, "--language", "it");

        Assert.True(exit == 0, error);
        Assert.Contains("<html lang=\"it\"", output, StringComparison.Ordinal);
        Assert.Contains("<h1>Confronto: Pronto soccorso di notte: una giovane donna e il suo fidanzato</h1>", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("other-scenario")]
    [InlineData("broken-line")]
    public async Task BadInputIsOneClearLineAndExitCodeOne(string problem)
    {
        var good = RunEventJson.ToJsonLines(DebriefFixtures.GoodRun());
        var log = problem switch
        {
            "missing" => Path.Combine(_folder.FullName, "nowhere.jsonl"),
            "other-scenario" => WriteLog("other.jsonl", good.Replace("\"scenarioId\":\"gr-ed-lover-boy\"", "\"scenarioId\":\"it-farm\"", StringComparison.Ordinal)),
            _ => WriteLog("broken.jsonl", good.Insert(good.IndexOf('\n', StringComparison.Ordinal) + 1, "{not json\n")),
        };

        var (exit, output, error) = await Run("debrief", DebriefFixtures.ScenarioPath, log, "--format", "json");

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
    }
}
