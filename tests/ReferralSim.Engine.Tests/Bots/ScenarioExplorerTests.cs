using ReferralSim.Engine.Bots;
using ReferralSim.Engine.Scenarios.Diagnostics;

namespace ReferralSim.Engine.Tests.Bots;

public sealed class ScenarioExplorerTests
{
    [Fact]
    public void ReferenceScenarioAtDepth12ReachesEveryEndingRevealsEveryIndicatorAndNeverSticks()
    {
        var scenario = RepositoryScenarios.Reference;

        var result = ScenarioExplorer.Explore(scenario, depth: 12);

        Assert.False(result.Truncated);
        Assert.Equal(scenario.Definition.States.Where(s => s.Ending is not null).Select(s => s.Id).Order(), result.EndingsReached.Order());
        Assert.Equal(scenario.Definition.Indicators.Select(i => i.Id).Order(), result.IndicatorsRevealed.Order());
        Assert.Empty(result.Stuck);
    }

    [Fact]
    public void AShallowSearchReportsWhatItCouldNotReachYet()
    {
        // The referral needs eleven moves, so at depth 4 the explorer must not claim it.
        var result = ScenarioExplorer.Explore(RepositoryScenarios.Reference, depth: 4);

        Assert.DoesNotContain("referred", result.EndingsReached);
        Assert.Contains("lost", result.EndingsReached);
    }

    [Fact]
    public void BrokenScenarioReportsTheUnreachedEndingTheUnrevealedIndicatorAndTheStuckStateAtTheirLines()
    {
        var scenario = RepositoryScenarios.CompileTextOrFail(BrokenScenario.Text, "broken.yaml");

        var diagnostics = BotDiagnostics.ForExploration(scenario, ScenarioExplorer.Explore(scenario),
            new ScenarioLocator(BrokenScenario.Text, "broken.yaml")).ToList();

        Assert.Collection(diagnostics,
            d => AssertFinding(d, "RS0601", "'rescued'", BrokenScenario.LineOf("- id: rescued")),
            d => AssertFinding(d, "RS0602", "'hidden'", BrokenScenario.LineOf("- id: hidden")),
            d => AssertFinding(d, "RS0603", "'waiting'", BrokenScenario.LineOf("- id: waiting")));
    }

    [Fact]
    public void StuckReportNamesTheMovesThatLeadThere()
    {
        var scenario = RepositoryScenarios.CompileTextOrFail(BrokenScenario.Text, "broken.yaml");

        var stuck = Assert.Single(ScenarioExplorer.Explore(scenario).Stuck);

        Assert.Equal("waiting", stuck.State);
        Assert.Equal(["nurse takes wait-around at 0m"], stuck.Moves);
    }

    private static void AssertFinding(Diagnostic diagnostic, string code, string id, int line)
    {
        Assert.Equal(code, diagnostic.Code);
        Assert.True(diagnostic.IsError);
        Assert.Contains(id, diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(("broken.yaml", line), (diagnostic.Location.File, diagnostic.Location.Line));
    }
}
