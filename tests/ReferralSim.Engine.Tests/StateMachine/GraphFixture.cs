using ReferralSim.Engine.StateMachine;
using ReferralSim.Engine.StateMachine.Graph;
using ReferralSim.Engine.StateMachine.Reflection;

namespace ReferralSim.Engine.Tests.StateMachine;

public sealed class GraphFixture
{
    [Fact]
    public void DotDrawsSuperstateAsCluster()
    {
        var lines = Lines(UmlDotGraph.Format(Visit()));

        Assert.Contains("subgraph \"cluster_with-companion\" {", lines);
        Assert.Contains("label=\"with-companion\\n----------\\nentry / greet\";", lines);
    }

    [Fact]
    public void DotNestsSubstatesInsideTheirCluster()
    {
        var lines = Lines(UmlDotGraph.Format(Visit()));

        var open = lines.IndexOf("subgraph \"cluster_with-companion\" {");
        var waiting = lines.IndexOf("\"waiting\" [label=\"waiting\"];");
        var close = lines.IndexOf("}", open);
        Assert.InRange(waiting, open + 1, close - 1);
    }

    [Fact]
    public void DotLabelsGuardedEdgeWithGuardDescription()
    {
        var lines = Lines(UmlDotGraph.Format(Visit()));

        Assert.Contains("\"idle\" -> \"with-companion\" [lhead=\"cluster_with-companion\", label=\"arrive [has companion]\"];", lines);
    }

    [Fact]
    public void DotDrawsInitialTransitionsOfMachineAndSuperstate()
    {
        var lines = Lines(UmlDotGraph.Format(Visit()));

        Assert.Contains("init -> \"idle\";", lines);
        Assert.Contains("\"with-companion\" -> \"waiting\";", lines);
    }

    [Fact]
    public void DotDrawsInternalTransitionAsDashedSelfLoop()
    {
        var lines = Lines(UmlDotGraph.Format(Visit()));

        Assert.Contains("\"seated\" -> \"seated\" [style=dashed, label=\"ask\"];", lines);
    }

    [Fact]
    public void MermaidAliasesIdsThatAreNotIdentifiers()
    {
        var lines = Lines(MermaidGraph.Format(Visit()));

        Assert.Equal("stateDiagram-v2", lines[0]);
        Assert.Contains("state \"with-companion\" as with_companion", lines);
    }

    [Fact]
    public void MermaidDrawsCompositeStateWithInitialSubstate()
    {
        var lines = Lines(MermaidGraph.Format(Visit()));

        var open = lines.IndexOf("state with_companion {");
        Assert.True(open > 0);
        Assert.Equal(["[*] --> waiting", "waiting", "seated", "}"], lines.Skip(open + 1).Take(4));
    }

    [Fact]
    public void MermaidLabelsTransitionsWithTriggerAndGuard()
    {
        var lines = Lines(MermaidGraph.Format(Visit()));

        Assert.Contains("[*] --> idle", lines);
        Assert.Contains("idle --> with_companion : arrive [has companion]", lines);
        Assert.Contains("with_companion --> idle : leave", lines);
    }

    [Fact]
    public void MermaidAliasesDoNotCollideWithExistingNames()
    {
        var sm = new StateMachine<string, string>("a-b");
        sm.Configure("a-b").Permit("go", "a_b");

        var lines = Lines(MermaidGraph.Format(sm.GetInfo()));

        Assert.Contains("state \"a-b\" as a_b_1", lines);
        Assert.Contains("a_b_1 --> a_b : go", lines);
    }

    [Fact]
    public void OutputIsDeterministic()
    {
        Assert.Equal(UmlDotGraph.Format(Visit()), UmlDotGraph.Format(Visit()));
        Assert.Equal(MermaidGraph.Format(Visit()), MermaidGraph.Format(Visit()));
    }

    private static List<string> Lines(string text) =>
        [.. text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];

    private static StateMachineInfo Visit()
    {
        var sm = new StateMachine<string, string>("idle");
        sm.Configure("idle").PermitIf("arrive", "with-companion", () => true, "has companion");
        sm.Configure("with-companion").InitialTransition("waiting").OnEntry(() => { }, "greet").Permit("leave", "idle");
        sm.Configure("waiting").SubstateOf("with-companion").Permit("seat", "seated");
        sm.Configure("seated").SubstateOf("with-companion").InternalTransition("ask", () => { });
        return sm.GetInfo();
    }
}
