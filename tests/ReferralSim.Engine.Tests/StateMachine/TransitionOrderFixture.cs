using ReferralSim.Engine.StateMachine;

namespace ReferralSim.Engine.Tests.StateMachine;

public sealed class TransitionOrderFixture
{
    [Fact]
    public void PermittedTriggerMovesToDestination()
    {
        var sm = new StateMachine<State, Trigger>(State.A);
        sm.Configure(State.A).Permit(Trigger.X, State.B);

        sm.Fire(Trigger.X);

        Assert.Equal(State.B, sm.State);
    }

    [Fact]
    public void ActionsRunInOrderExitMutateTransitionedEntryCompleted()
    {
        var log = new List<string>();
        var state = State.A;
        var sm = new StateMachine<State, Trigger>(() => state, s => { log.Add($"set {s}"); state = s; });
        sm.Configure(State.A).Permit(Trigger.X, State.B).OnExit(() => log.Add("exit A"));
        sm.Configure(State.B).OnEntry(() => log.Add("enter B"));
        sm.OnTransitioned(t => log.Add($"transitioned {t.Source}->{t.Destination}"));
        sm.OnTransitionCompleted(t => log.Add($"completed {t.Source}->{t.Destination}"));

        sm.Fire(Trigger.X);

        Assert.Equal(["exit A", "set B", "transitioned A->B", "enter B", "completed A->B"], log);
    }

    [Fact]
    public void ExitActionsRunSubstateBeforeSuperstate()
    {
        var log = new List<string>();
        var sm = new StateMachine<State, Trigger>(State.B);
        sm.Configure(State.A).OnExit(() => log.Add("exit A")).Permit(Trigger.X, State.C);
        sm.Configure(State.B).SubstateOf(State.A).OnExit(() => log.Add("exit B"));

        sm.Fire(Trigger.X);

        Assert.Equal(["exit B", "exit A"], log);
    }

    [Fact]
    public void EntryActionsRunSuperstateBeforeSubstate()
    {
        var log = new List<string>();
        var sm = new StateMachine<State, Trigger>(State.C);
        sm.Configure(State.C).Permit(Trigger.X, State.B);
        sm.Configure(State.A).OnEntry(() => log.Add("enter A"));
        sm.Configure(State.B).SubstateOf(State.A).OnEntry(() => log.Add("enter B"));

        sm.Fire(Trigger.X);

        Assert.Equal(["enter A", "enter B"], log);
    }

    [Fact]
    public void TransitionBetweenSiblingsDoesNotExitOrEnterSuperstate()
    {
        var log = new List<string>();
        var sm = new StateMachine<State, Trigger>(State.B);
        sm.Configure(State.A).OnEntry(() => log.Add("enter A")).OnExit(() => log.Add("exit A"));
        sm.Configure(State.B).SubstateOf(State.A).Permit(Trigger.X, State.C).OnExit(() => log.Add("exit B"));
        sm.Configure(State.C).SubstateOf(State.A).OnEntry(() => log.Add("enter C"));

        sm.Fire(Trigger.X);

        Assert.Equal(["exit B", "enter C"], log);
    }

    [Fact]
    public void TransitionToSuperstateDoesNotExitSuperstate()
    {
        var log = new List<string>();
        var sm = new StateMachine<State, Trigger>(State.B);
        sm.Configure(State.A).OnEntry(() => log.Add("enter A")).OnExit(() => log.Add("exit A"));
        sm.Configure(State.B).SubstateOf(State.A).Permit(Trigger.X, State.A).OnExit(() => log.Add("exit B"));

        sm.Fire(Trigger.X);

        Assert.Equal(["exit B"], log);
        Assert.Equal(State.A, sm.State);
    }

    [Fact]
    public void TransitionToGrandparentExitsEveryStateBelowIt()
    {
        var log = new List<string>();
        var sm = new StateMachine<State, Trigger>(State.C);
        sm.Configure(State.A).OnExit(() => log.Add("exit A"));
        sm.Configure(State.B).SubstateOf(State.A).OnExit(() => log.Add("exit B"));
        sm.Configure(State.C).SubstateOf(State.B).Permit(Trigger.X, State.A).OnExit(() => log.Add("exit C"));

        sm.Fire(Trigger.X);

        Assert.Equal(["exit C", "exit B"], log);
    }

    [Fact]
    public void TransitionFromSuperstateToSubstateEntersOnlySubstate()
    {
        var log = new List<string>();
        var sm = new StateMachine<State, Trigger>(State.A);
        sm.Configure(State.A).Permit(Trigger.X, State.B)
            .OnEntry(() => log.Add("enter A")).OnExit(() => log.Add("exit A"));
        sm.Configure(State.B).SubstateOf(State.A).OnEntry(() => log.Add("enter B"));

        sm.Fire(Trigger.X);

        Assert.Equal(["enter B"], log);
    }

    [Fact]
    public void EntryActionReceivesTheTransition()
    {
        StateMachine<State, Trigger>.Transition? seen = null;
        var sm = new StateMachine<State, Trigger>(State.A);
        sm.Configure(State.A).Permit(Trigger.X, State.B);
        sm.Configure(State.B).OnEntry(t => seen = t);

        sm.Fire(Trigger.X);

        Assert.NotNull(seen);
        Assert.Equal((State.A, State.B, Trigger.X, false), (seen.Source, seen.Destination, seen.Trigger, seen.IsReentry));
    }

    [Fact]
    public void OnEntryFromRunsOnlyWhenEnteredViaThatTrigger()
    {
        var log = new List<string>();
        var sm = new StateMachine<State, Trigger>(State.A);
        sm.Configure(State.A).Permit(Trigger.X, State.B).Permit(Trigger.Y, State.B);
        sm.Configure(State.B).OnEntryFrom(Trigger.X, t => log.Add($"from {t.Trigger}")).Permit(Trigger.Z, State.A);

        sm.Fire(Trigger.Y);
        sm.Fire(Trigger.Z);
        sm.Fire(Trigger.X);

        Assert.Equal(["from X"], log);
    }

    [Fact]
    public void ExternalStateStorageIsReadOnEveryAccess()
    {
        var state = State.A;
        var sm = new StateMachine<State, Trigger>(() => state, s => state = s);
        sm.Configure(State.B).Permit(Trigger.X, State.C);

        state = State.B;
        sm.Fire(Trigger.X);

        Assert.Equal(State.C, state);
    }
}
