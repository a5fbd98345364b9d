using ReferralSim.Engine.Runtime;
using ReferralSim.Web.Application.Facilitators;
using ReferralSim.Web.Library;
using ReferralSim.Web.Tests.TestSupport;

namespace ReferralSim.Web.Tests.Browser;

/// <summary>The graph model the facilitator's board draws, built from the scenario machine (no browser needed).</summary>
public sealed class FacilitatorStateGraphTests
{
    [Fact]
    public void TheReferenceScenariosGraphHasEveryStateTheStoryRootAndOnlyEdgesBetweenThem()
    {
        var scenario = ScenarioLibrary.Load(RepositoryRoot.Combine("scenarios")).Find("gr-ed-lover-boy")!;
        var definition = scenario.Scenario.Definition;

        var (nodes, edges) = StateGraph.Structure(scenario.Scenario.Index);

        var ids = nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(definition.States.Select(s => s.Id).Append(RunState.Root).Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));
        Assert.Single(nodes, n => n.IsRoot);
        Assert.All(nodes.Where(n => n.Parent is not null), n => Assert.Contains(n.Parent!, ids));
        Assert.All(definition.States.Where(s => s.Parent is not null), s => Assert.Equal(s.Parent, nodes.Single(n => n.Id == s.Id).Parent));
        Assert.All(edges, e => Assert.True(ids.Contains(e.Source) && ids.Contains(e.Target), $"{e.Source} -> {e.Target}"));
        var start = Assert.Single(edges, e => e.Trigger == ScenarioMachine.StartTrigger);
        Assert.Equal(RunState.Root, start.Source);
        Assert.Equal(scenario.Scenario.Index.InitialState, start.Target);
        Assert.Equal(edges.Count, edges.Select(e => e.Id).Distinct(StringComparer.Ordinal).Count());
    }
}
