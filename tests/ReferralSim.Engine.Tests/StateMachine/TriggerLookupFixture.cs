using ReferralSim.Engine.StateMachine;

namespace ReferralSim.Engine.Tests.StateMachine;

public sealed class TriggerLookupFixture
{
    [Fact]
    public void SubstateInheritsSuperstateTriggers()
    {
        var sm = new StateMachine<State, Trigger>(State.B);
        sm.Configure(State.A).Permit(Trigger.X, State.C);
        sm.Configure(State.B).SubstateOf(State.A);

        sm.Fire(Trigger.X);

        Assert.Equal(State.C, sm.State);
    }

    [Fact]
    public void SubstateHandlerTakesPrecedenceOverSuperstate()
    {
        var sm = new StateMachine<State, Trigger>(State.B);
        sm.Configure(State.A).Permit(Trigger.X, State.C);
        sm.Configure(State.B).SubstateOf(State.A).Permit(Trigger.X, State.D);

        sm.Fire(Trigger.X);

        Assert.Equal(State.D, sm.State);
    }

    [Fact]
    public void SuperstateHandlesTriggerWhenSubstateGuardFails()
    {
        var sm = new StateMachine<State, Trigger>(State.B);
        sm.Configure(State.A).Permit(Trigger.X, State.C);
        sm.Configure(State.B).SubstateOf(State.A).PermitIf(Trigger.X, State.D, () => false);

        sm.Fire(Trigger.X);

        Assert.Equal(State.C, sm.State);
    }

    [Fact]
    public void UnconfiguredTriggerThrowsNamingTriggerAndState()
    {
        var sm = new StateMachine<State, Trigger>(State.A);
        sm.Configure(State.A).Permit(Trigger.X, State.B);

        var ex = Assert.Throws<InvalidOperationException>(() => sm.Fire(Trigger.Y));

        Assert.Contains("'Y'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'A'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OnUnhandledTriggerReplacesTheExceptionAndReceivesUnmetGuards()
    {
        var calls = new List<(State, Trigger, ICollection<string>)>();
        var sm = new StateMachine<State, Trigger>(State.A);
        sm.Configure(State.A).PermitIf(Trigger.X, State.B, () => false, "consent given");
        sm.OnUnhandledTrigger((s, t, unmet) => calls.Add((s, t, unmet)));

        sm.Fire(Trigger.X);

        var (state, trigger, unmetGuards) = Assert.Single(calls);
        Assert.Equal((State.A, Trigger.X), (state, trigger));
        Assert.Equal(["consent given"], unmetGuards);
    }

    [Fact]
    public void PermittedTriggersIncludesInheritedTriggers()
    {
        var sm = new StateMachine<State, Trigger>(State.B);
        sm.Configure(State.A).Permit(Trigger.X, State.C);
        sm.Configure(State.B).SubstateOf(State.A).Permit(Trigger.Y, State.C);

        Assert.Equal([Trigger.Y, Trigger.X], sm.PermittedTriggers);
    }

    [Fact]
    public void PermittedTriggersExcludesTriggersWithUnmetGuards()
    {
        var sm = new StateMachine<State, Trigger>(State.A);
        sm.Configure(State.A).PermitIf(Trigger.X, State.B, () => false).Permit(Trigger.Y, State.C);

        Assert.Equal([Trigger.Y], sm.PermittedTriggers);
    }

    [Fact]
    public void PermittedTriggersIncludesIgnoredTriggers()
    {
        var sm = new StateMachine<State, Trigger>(State.A);
        sm.Configure(State.A).Ignore(Trigger.Z);

        Assert.Equal([Trigger.Z], sm.PermittedTriggers);
    }

    [Fact]
    public void PermittedTriggersListsATriggerOnceWhenSubstateAndSuperstateBothHandleIt()
    {
        var sm = new StateMachine<State, Trigger>(State.B);
        sm.Configure(State.A).Permit(Trigger.X, State.C);
        sm.Configure(State.B).SubstateOf(State.A).Permit(Trigger.X, State.D);

        Assert.Equal([Trigger.X], sm.PermittedTriggers);
    }

    [Fact]
    public void IsInStateIsTrueForCurrentStateAndEverySuperstate()
    {
        var sm = new StateMachine<State, Trigger>(State.C);
        sm.Configure(State.B).SubstateOf(State.A);
        sm.Configure(State.C).SubstateOf(State.B);

        Assert.True(sm.IsInState(State.C));
        Assert.True(sm.IsInState(State.B));
        Assert.True(sm.IsInState(State.A));
        Assert.False(sm.IsInState(State.D));
    }

    [Fact]
    public void IsInStateIsFalseForSubstatesOfTheCurrentState()
    {
        var sm = new StateMachine<State, Trigger>(State.A);
        sm.Configure(State.B).SubstateOf(State.A);

        Assert.False(sm.IsInState(State.B));
    }
}
