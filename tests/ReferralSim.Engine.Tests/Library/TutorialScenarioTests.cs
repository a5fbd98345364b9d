using ReferralSim.Engine.Bots;
using ReferralSim.Engine.Debrief;
using ReferralSim.Engine.Runtime;

namespace ReferralSim.Engine.Tests.Library;

/// <summary>
/// The scenario the guide's tutorial builds (facilitator-guide/tutorial/) is a real file that
/// compiles cleanly and plays to an ending with the expert bot, and the tutorial shows it whole, so
/// what a reader types is what the tests check. It is not a library scenario: it lives outside
/// scenarios/ and is held to the validator's bar, not the library's.
/// </summary>
public sealed class TutorialScenarioTests
{
    public const string TutorialScenario = "facilitator-guide/tutorial/health-centre-burn.yaml";

    public const string TutorialPage = "facilitator-guide/authoring/tutorial.md";

    [Fact]
    public void TutorialScenarioCompilesWithNoDiagnostics()
    {
        var result = RepositoryScenarios.Compile(TutorialScenario);

        Assert.True(result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics));
        Assert.NotNull(result.Scenario);
    }

    [Fact]
    public void TutorialScenarioReachesEveryEndingAndNeverGetsStuck()
    {
        var scenario = RepositoryScenarios.CompileOrFail(TutorialScenario);

        var result = ScenarioExplorer.Explore(scenario, ScenarioExplorer.DefaultDepth);

        var unreached = scenario.Definition.States.Where(s => s.Ending is not null && !result.EndingsReached.Contains(s.Id)).Select(s => s.Id).ToList();
        Assert.True(unreached.Count == 0, "endings never reached: " + string.Join(", ", unreached));
        Assert.True(result.Stuck.Count == 0, string.Join("\n", result.Stuck.Select(s => $"{s.State} at {s.At}: {string.Join("; ", s.Moves)}")));
    }

    [Fact]
    public void ExpertBotPlaysTheTutorialScenarioToTheReferralWithFullMarks()
    {
        var scenario = RepositoryScenarios.CompileOrFail(TutorialScenario);

        var expert = ExpertPlaythrough.Play(scenario, new RunOptions(1, scenario.Definition.DefaultLanguage));
        var report = Debriefer.Debrief(scenario, expert.Playthrough.Run.Events);

        Assert.True(expert.Succeeded, expert.Failure?.ToString());
        Assert.Equal("referred", expert.Playthrough.Run.State.Ending?.State);
        Assert.Empty(report.Harms);
        Assert.Equal(report.MaxScore, report.Score);
    }

    [Fact]
    public void TutorialPageShowsTheWholeScenarioFile()
    {
        var file = File.ReadAllText(RepositoryScenarios.PathOf(TutorialScenario)).ReplaceLineEndings("\n");
        var page = File.ReadAllText(RepositoryScenarios.PathOf(TutorialPage)).ReplaceLineEndings("\n");

        Assert.True(page.Contains("```yaml\n" + file + "```", StringComparison.Ordinal),
            $"{TutorialPage} must end with the whole of {TutorialScenario} in one ```yaml block; copy the file into it after changing either.");
    }
}
