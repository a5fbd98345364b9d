using ReferralSim.Engine.StateMachine;

namespace ReferralSim.Engine.Tests.StateMachine;

public sealed class InitialTransitionFixture
{
    [Fact]
    public void EnteringStateWithInitialTransitionEndsInInitialSubstate()
    {
        var sm = new StateMachine<State, Trigger>(State.A);
        sm.Configure(State.A).Permit(Trigger.X, State.B);
        sm.Configure(State.B).InitialTransition(State.C);
        sm.Configure(State.C).SubstateOf(State.B);

        sm.Fire(Trigger.X);

        Assert.Equal(State.C, sm.State);
    }

    [Fact]
    public void InitialTransitionsAreFollowedRecursively()
    {
        var sm = new StateMachine<State, Trigger>(State.A);
        sm.Configure(State.A).Permit(Trigger.X, State.B);
        sm.Configure(State.B).InitialTransition(State.C);
        sm.Configure(State.C).SubstateOf(State.B).InitialTransition(State.D);
        sm.Configure(State.D).SubstateOf(State.C);

        sm.Fire(Trigger.X);

        Assert.Equal(State.D, sm.State);
    }

    // Stateless 5.x looped forever here (dotnet-state-machine/stateless#515).
    [Fact]
    public void InitialTransitionWorksInImmediateFiringMode()
    {
        var sm = new StateMachine<State, Trigger>(State.A, FiringMode.Immediate);
        sm.Configure(State.A).Permit(Trigger.X, State.B);
        sm.Configure(State.B).InitialTransition(State.C);
        sm.Configure(State.C).SubstateOf(State.B);

        sm.Fire(Trigger.X);

        Assert.Equal(State.C, sm.State);
    }

    [Fact]
    public void InitialTransitionRunsEntryActionsThenOnTransitionedForEachStep()
    {
        var log = new List<string>();
        var sm = new StateMachine<State, Trigger>(State.A);
        sm.Configure(State.A).Permit(Trigger.X, State.B);
        sm.Configure(State.B).InitialTransition(State.C).OnEntry(() => log.Add("enter B"));
        sm.Configure(State.C).SubstateOf(State.B).OnEntry(() => log.Add("enter C"));
        sm.OnTransitioned(t => log.Add($"transitioned {t.Source}->{t.Destination}"));
        sm.OnTransitionCompleted(t => log.Add($"completed {t.Source}->{t.Destination}"));

        sm.Fire(Trigger.X);

        Assert.Equal(
            ["transitioned A->B", "enter B", "transitioned B->C", "enter C", "completed A->C"],
            log);
    }

    [Fact]
    public void InitialSubstateIsEnteredWithAnInitialTransition()
    {
        StateMachine<State, Trigger>.Transition? seen = null;
        var sm = new StateMachine<State, Trigger>(State.A);
        sm.Configure(State.A).Permit(Trigger.X, State.B);
        sm.Configure(State.B).InitialTransition(State.C);
        sm.Configure(State.C).SubstateOf(State.B).OnEntry(t => seen = t);

        sm.Fire(Trigger.X);

        Assert.IsType<StateMachine<State, Trigger>.InitialTransition>(seen);
    }

    [Fact]
    public void InitialTransitionToStateThatIsNotASubstateThrowsWhenTaken()
    {
        var sm = new StateMachine<State, Trigger>(State.A);
        sm.Configure(State.A).Permit(Trigger.X, State.B);
        sm.Configure(State.B).InitialTransition(State.C);

        Assert.Throws<InvalidOperationException>(() => sm.Fire(Trigger.X));
    }

    [Fact]
    public void InitialTransitionToItselfIsRejected()
    {
        var sm = new StateMachine<State, Trigger>(State.A);

        Assert.Throws<ArgumentException>(() => sm.Configure(State.B).InitialTransition(State.B));
    }

    [Fact]
    public void SecondInitialTransitionIsRejected()
    {
        var sm = new StateMachine<State, Trigger>(State.A);
        var b = sm.Configure(State.B).InitialTransition(State.C);

        Assert.Throws<InvalidOperationException>(() => b.InitialTransition(State.D));
    }
}
