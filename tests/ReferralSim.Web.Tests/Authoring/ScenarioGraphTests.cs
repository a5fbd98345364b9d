using ReferralSim.Engine.Runtime;
using ReferralSim.Web.Application.Graphs;
using ReferralSim.Web.Library;
using ReferralSim.Web.Tests.TestSupport;

namespace ReferralSim.Web.Tests.Authoring;

/// <summary>The graph model the workbench and the facilitator's board draw, built from the scenario machine (no browser needed).</summary>
public sealed class ScenarioGraphTests
{
    private static readonly LibraryScenario Reference = ScenarioLibrary.Load(RepositoryRoot.Combine("scenarios")).Find("gr-ed-lover-boy")!;

    [Fact]
    public void TheReferenceScenariosGraphHasEveryStateTheStoryRootAndOnlyEdgesBetweenThem()
    {
        var definition = Reference.Scenario.Definition;

        var graph = ScenarioGraph.Of(Reference.Scenario, "en");

        var ids = graph.Nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(definition.States.Select(s => s.Id).Append(RunState.Root).Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));
        Assert.Single(graph.Nodes, n => n.Kind == "story");
        Assert.All(graph.Nodes.Where(n => n.Parent is not null), n => Assert.Contains(n.Parent!, ids));
        Assert.All(definition.States.Where(s => s.Parent is not null), s => Assert.Equal(s.Parent, graph.Nodes.Single(n => n.Id == s.Id).Parent));
        Assert.All(definition.States.Where(s => s.Ending is not null), s => Assert.Equal("ending", graph.Nodes.Single(n => n.Id == s.Id).Kind));
        Assert.All(graph.Edges, e => Assert.True(ids.Contains(e.Source) && ids.Contains(e.Target), $"{e.Source} -> {e.Target}"));
        var start = Assert.Single(graph.Edges, e => e.Label == ScenarioMachine.StartTrigger);
        Assert.Equal(RunState.Root, start.Source);
        Assert.Equal(Reference.Scenario.Index.InitialState, start.Target);
        Assert.Equal(graph.Edges.Count, graph.Edges.Select(e => e.Id).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void AScenariosGraphIsBuiltOncePerLanguage()
    {
        var english = ScenarioGraph.Of(Reference.Scenario, "en");

        Assert.Same(english, ScenarioGraph.Of(Reference.Scenario, "en"));
        Assert.NotSame(english, ScenarioGraph.Of(Reference.Scenario, "el"));
        Assert.NotEqual(english.Edges.Select(e => e.Label), ScenarioGraph.Of(Reference.Scenario, "el").Edges.Select(e => e.Label));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("el")]
    [InlineData("it")]
    public void EdgesReadAsTheStepsAreNamedInTheLanguageAsked(string language)
    {
        var definition = Reference.Scenario.Definition;

        var graph = ScenarioGraph.Of(Reference.Scenario, language);

        var triage = definition.Actions.Single(a => a.Id == "triage-assessment");
        var triageEdge = Assert.Single(graph.Edges, e => e.Source == "triage" && e.Target == "examination");
        Assert.Equal(triage.Label.Translations[language], triageEdge.Label);
        Assert.DoesNotContain(graph.Edges, e => definition.Actions.Any(a => a.Id == e.Label));
    }
}
