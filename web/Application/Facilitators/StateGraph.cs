using ReferralSim.Engine.Runtime;
using ReferralSim.Engine.Runtime.Events;
using ReferralSim.Engine.Scenarios;
using ReferralSim.Web.Application.Graphs;

namespace ReferralSim.Web.Application.Facilitators;

/// <summary>The scenario's graph (as the workbench draws it) with the run's position: the current state and, in order, every state entered so far.</summary>
public sealed record StateGraph(ScenarioGraph Graph, string Current, IReadOnlyList<string> Path)
{
    public static StateGraph For(CompiledScenario scenario, ScenarioRun run, string language)
    {
        ArgumentNullException.ThrowIfNull(run);
        var path = run.Events.OfType<StateChanged>().Select(e => e.To).Prepend(RunState.Root).Distinct(StringComparer.Ordinal).ToList();
        return new StateGraph(ScenarioGraph.Of(scenario, language), run.State.CurrentState, path);
    }
}
