namespace ReferralSim.Web.Tests.Cli;

public sealed class GraphCommandTests
{
    [Fact]
    public async Task MermaidGraphIsAStateDiagramWithTheScenariosStates()
    {
        var (exitCode, output, _) = await Cli.Run("graph", Cli.ReferenceScenario, "--format", "mermaid");

        Assert.Equal(0, exitCode);
        Assert.StartsWith("stateDiagram-v2", output, StringComparison.Ordinal);
        foreach (var state in new[] { "triage", "examination", "with-companion", "alone", "private-talk", "disclosure", "referred", "declined-with-safety-plan", "lost" })
        {
            Assert.Contains(state, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task DotGraphIsADigraph()
    {
        var (exitCode, output, _) = await Cli.Run("graph", Cli.ReferenceScenario, "--format", "dot");

        Assert.Equal(0, exitCode);
        Assert.Contains("digraph", output, StringComparison.Ordinal);
        Assert.Contains("private-talk", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GraphOfABrokenScenarioPrintsItsErrorsAndFails()
    {
        var file = Cli.WriteTemp("broken.yaml", "id: broken\n");

        var (exitCode, output, error) = await Cli.Run("graph", file);

        Assert.Equal(1, exitCode);
        Assert.Empty(output);
        Assert.Contains("broken.yaml:1:1: error RS0005", error, StringComparison.Ordinal);
    }
}
