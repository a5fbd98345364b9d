using ReferralSim.Engine.Scenarios;
using ReferralSim.Engine.Scenarios.Model;
using ReferralSim.Engine.Scenarios.Model.Guards;
using ReferralSim.Engine.StateMachine;

namespace ReferralSim.Engine.Runtime;

/// <summary>
/// Compiles a scenario's states and transitions into a <see cref="StateMachine{TState,TTrigger}"/>:
/// one trigger per action that moves the story (permitted in its <c>in</c> states, guarded by its
/// guard), one per inject and referral route with a <c>goto</c> (permitted from anywhere), and
/// <see cref="StartTrigger"/>. Every scenario state sits under <see cref="RunState.Root"/>.
/// </summary>
public static class ScenarioMachine
{
    public const string StartTrigger = "start";

    public static string InjectTrigger(InjectDefinition inject) => $"inject {inject.Id}";

    public static string RouteTrigger(ReferralRoute route) => $"refer {string.Join("/", route.To)}";

    /// <param name="guardHolds">Decides a guarded trigger; the run answers from the decision it took when it accepted the command.</param>
    public static StateMachine<string, string> Build(
        ScenarioIndex index,
        Func<string> stateAccessor,
        Action<string> stateMutator,
        Func<string, Guard, bool> guardHolds,
        Action<StateDefinition>? onEntry = null)
    {
        var machine = new StateMachine<string, string>(stateAccessor, stateMutator);
        var root = machine.Configure(RunState.Root);
        if (index.InitialState is { } initial)
        {
            root.Permit(StartTrigger, initial);
        }

        foreach (var state in index.Definition.States)
        {
            var configuration = machine.Configure(state.Id).SubstateOf(state.Parent ?? RunState.Root);
            if (index.ChildrenOf(state.Id).FirstOrDefault(c => c.Initial) is { } initialChild)
            {
                configuration.InitialTransition(initialChild.Id);
            }

            if (onEntry is not null)
            {
                configuration.OnEntry(() => onEntry(state), $"on_entry of {state.Id}");
            }
        }

        foreach (var action in index.Definition.Actions.Where(a => a.Effects.Goto is not null))
        {
            var sources = action.In.Count == 0 ? [RunState.Root] : action.In;
            foreach (var source in sources.Where(s => s != action.Effects.Goto))
            {
                Permit(machine.Configure(source), action.Id, action.Effects.Goto!, action.When, guardHolds);
            }
        }

        foreach (var inject in index.Definition.Injects.Where(i => i.Effects.Goto is not null))
        {
            Permit(root, InjectTrigger(inject), inject.Effects.Goto!, inject.When, guardHolds);
        }

        foreach (var route in index.Definition.Referral?.Routes.Where(r => r.Effects.Goto is not null) ?? [])
        {
            Permit(root, RouteTrigger(route), route.Effects.Goto!, route.When, guardHolds);
        }

        return machine;
    }

    private static void Permit(StateMachine<string, string>.StateConfiguration configuration, string trigger, string destination,
        Guard? guard, Func<string, Guard, bool> guardHolds)
    {
        if (guard is null)
        {
            configuration.Permit(trigger, destination);
        }
        else
        {
            configuration.PermitIf(trigger, destination, () => guardHolds(trigger, guard), guard.Describe());
        }
    }
}
