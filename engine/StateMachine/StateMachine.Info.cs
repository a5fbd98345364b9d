using ReferralSim.Engine.StateMachine.Reflection;

namespace ReferralSim.Engine.StateMachine;

public partial class StateMachine<TState, TTrigger>
{
    /// <summary>A snapshot of the configuration: states, hierarchy, transitions, actions.</summary>
    public StateMachineInfo GetInfo()
    {
        var current = State;

        // Destinations that were never configured are still states worth drawing.
        var representations = _states.Values.ToList();
        var destinations = representations
            .SelectMany(r => r.TriggerBehaviours.Values.SelectMany(list => list))
            .OfType<TransitioningTriggerBehaviour<TState, TTrigger>>()
            .Select(b => b.Destination)
            .Append(current)
            .Where(d => !_states.ContainsKey(d))
            .Distinct()
            .ToList();
        foreach (var destination in destinations)
        {
            representations.Add(new StateRepresentation<TState, TTrigger>(destination));
        }

        var infos = representations.ToDictionary(r => r.UnderlyingState, CreateStateInfo);
        foreach (var representation in representations)
        {
            infos[representation.UnderlyingState].Link(
                representation.Superstate is { } superstate ? infos[superstate.UnderlyingState] : null,
                representation.Substates.Select(s => infos[s.UnderlyingState]),
                FixedTransitions(representation, state => infos[state]));
        }

        return new StateMachineInfo([.. infos.Values], typeof(TState), typeof(TTrigger), infos[current]);
    }

    private static StateInfo CreateStateInfo(StateRepresentation<TState, TTrigger> representation) =>
        new(
            representation.UnderlyingState,
            [.. representation.EntryActions.Select(a => new ActionInfo(a.Description, a.FromTrigger))],
            [.. representation.ExitActions.Select(a => a.Description)],
            [.. AllBehaviours(representation).OfType<IgnoredTriggerBehaviour<TState, TTrigger>>()
                .Select(b => new IgnoredTransitionInfo(new TriggerInfo(b.Trigger), Guards(b)))],
            representation.HasInitialTransition ? representation.InitialTransitionTarget : null);

    private static IEnumerable<FixedTransitionInfo> FixedTransitions(
        StateRepresentation<TState, TTrigger> representation, Func<TState, StateInfo> lookup) =>
        AllBehaviours(representation)
            .Where(b => b is not IgnoredTriggerBehaviour<TState, TTrigger>)
            .Select(b => new FixedTransitionInfo(
                new TriggerInfo(b.Trigger),
                Guards(b),
                isInternal: b is InternalTriggerBehaviour<TState, TTrigger>,
                lookup(b switch
                {
                    TransitioningTriggerBehaviour<TState, TTrigger> t => t.Destination,
                    ReentryTriggerBehaviour<TState, TTrigger> r => r.Destination,
                    _ => representation.UnderlyingState,
                })));

    private static IEnumerable<TriggerBehaviour<TState, TTrigger>> AllBehaviours(StateRepresentation<TState, TTrigger> representation) =>
        representation.TriggerBehaviours.Values.SelectMany(list => list);

    private static InvocationInfo[] Guards(TriggerBehaviour<TState, TTrigger> behaviour) =>
        [.. behaviour.Guard.Conditions.Select(c => c.Method)];
}
