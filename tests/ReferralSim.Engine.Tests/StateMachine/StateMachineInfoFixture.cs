using ReferralSim.Engine.StateMachine;
using ReferralSim.Engine.StateMachine.Reflection;

namespace ReferralSim.Engine.Tests.StateMachine;

public sealed class StateMachineInfoFixture
{
    [Fact]
    public void InfoListsConfiguredAndReferencedStates()
    {
        var sm = new StateMachine<State, Trigger>(State.A);
        sm.Configure(State.A).Permit(Trigger.X, State.B);

        var info = sm.GetInfo();

        Assert.Equal([State.A, State.B], info.States.Select(s => s.UnderlyingState));
    }

    [Fact]
    public void InfoInitialStateIsTheCurrentState()
    {
        var sm = new StateMachine<State, Trigger>(State.B);
        sm.Configure(State.A).Permit(Trigger.X, State.B);

        Assert.Equal(State.B, sm.GetInfo().InitialState.UnderlyingState);
    }

    [Fact]
    public void InfoLinksSuperstatesAndSubstates()
    {
        var sm = new StateMachine<State, Trigger>(State.A);
        sm.Configure(State.B).SubstateOf(State.A);
        sm.Configure(State.C).SubstateOf(State.A);

        var a = Find(sm.GetInfo(), State.A);

        Assert.Equal([State.B, State.C], a.Substates.Select(s => s.UnderlyingState));
        Assert.All(a.Substates, s => Assert.Same(a, s.Superstate));
    }

    [Fact]
    public void InfoDescribesFixedTransitionsWithGuards()
    {
        var sm = new StateMachine<State, Trigger>(State.A);
        sm.Configure(State.A).PermitIf(Trigger.X, State.B, () => true, "bed free");

        var transition = Assert.Single(Find(sm.GetInfo(), State.A).FixedTransitions);

        Assert.Equal(Trigger.X, transition.Trigger.UnderlyingTrigger);
        Assert.Equal(State.B, transition.DestinationState.UnderlyingState);
        Assert.Equal(["bed free"], transition.GuardConditionsMethodDescriptions.Select(g => g.Description));
    }

    [Fact]
    public void InfoListsIgnoredTriggers()
    {
        var sm = new StateMachine<State, Trigger>(State.A);
        sm.Configure(State.A).Ignore(Trigger.Z);

        var ignored = Assert.Single(Find(sm.GetInfo(), State.A).IgnoredTriggers);

        Assert.Equal(Trigger.Z, ignored.Trigger.UnderlyingTrigger);
    }

    [Fact]
    public void InfoMarksInternalTransitions()
    {
        var sm = new StateMachine<State, Trigger>(State.A);
        sm.Configure(State.A).InternalTransition(Trigger.Y, () => { });

        var transition = Assert.Single(Find(sm.GetInfo(), State.A).FixedTransitions);

        Assert.True(transition.IsInternalTransition);
        Assert.Equal(State.A, transition.DestinationState.UnderlyingState);
    }

    [Fact]
    public void InfoDescribesEntryAndExitActions()
    {
        var sm = new StateMachine<State, Trigger>(State.A);
        sm.Configure(State.A)
            .OnEntry(() => { }, "greet")
            .OnEntryFrom(Trigger.X, () => { }, "triage")
            .OnExit(() => { }, "say goodbye");

        var a = Find(sm.GetInfo(), State.A);

        Assert.Equal(["greet", "triage"], a.EntryActions.Select(e => e.Method.Description));
        Assert.Equal([null, "X"], a.EntryActions.Select(e => e.FromTrigger));
        Assert.Equal(["say goodbye"], a.ExitActions.Select(e => e.Description));
    }

    [Fact]
    public void InfoReportsInitialTransitionTarget()
    {
        var sm = new StateMachine<State, Trigger>(State.A);
        sm.Configure(State.A).InitialTransition(State.B);
        sm.Configure(State.B).SubstateOf(State.A);

        Assert.Equal(State.B, Find(sm.GetInfo(), State.A).InitialTransitionTarget);
    }

    private static StateInfo Find(StateMachineInfo info, State state) =>
        info.States.Single(s => s.UnderlyingState.Equals(state));
}
