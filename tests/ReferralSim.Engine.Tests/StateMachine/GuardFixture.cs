using ReferralSim.Engine.StateMachine;

namespace ReferralSim.Engine.Tests.StateMachine;

public sealed class GuardFixture
{
    [Fact]
    public void PermitIfTransitionsWhenGuardPasses()
    {
        var sm = new StateMachine<State, Trigger>(State.A);
        sm.Configure(State.A).PermitIf(Trigger.X, State.B, () => true);

        sm.Fire(Trigger.X);

        Assert.Equal(State.B, sm.State);
    }

    [Fact]
    public void GuardsSelectBetweenDestinationsForTheSameTrigger()
    {
        var sm = new StateMachine<State, Trigger>(State.A);
        sm.Configure(State.A)
            .PermitIf(Trigger.X, State.B, () => false, "to B")
            .PermitIf(Trigger.X, State.C, () => true, "to C");

        sm.Fire(Trigger.X);

        Assert.Equal(State.C, sm.State);
    }

    [Fact]
    public void MultipleGuardsOnOnePermitIfMustAllPass()
    {
        var sm = new StateMachine<State, Trigger>(State.A);
        sm.Configure(State.A).PermitIf(
            Trigger.X,
            State.B,
            Tuple.Create<Func<bool>, string>(() => true, "has slot"),
            Tuple.Create<Func<bool>, string>(() => false, "has consent"));

        var canFire = sm.CanFire(Trigger.X, out var unmet);

        Assert.False(canFire);
        Assert.Equal(["has consent"], unmet);
    }

    [Fact]
    public void MultipleGuardsOnOnePermitIfTransitionWhenAllPass()
    {
        var sm = new StateMachine<State, Trigger>(State.A);
        sm.Configure(State.A).PermitIf(
            Trigger.X,
            State.B,
            Tuple.Create<Func<bool>, string>(() => true, "has slot"),
            Tuple.Create<Func<bool>, string>(() => true, "has consent"));

        sm.Fire(Trigger.X);

        Assert.Equal(State.B, sm.State);
    }

    [Fact]
    public void TwoPassingGuardsForTheSameTriggerThrow()
    {
        var sm = new StateMachine<State, Trigger>(State.A);
        sm.Configure(State.A)
            .PermitIf(Trigger.X, State.B, () => true, "first")
            .PermitIf(Trigger.X, State.C, () => true, "second");

        var ex = Assert.Throws<InvalidOperationException>(() => sm.Fire(Trigger.X));

        Assert.Contains("'X'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'A'", ex.Message, StringComparison.Ordinal);
        Assert.Equal(State.A, sm.State);
    }

    [Fact]
    public void UnmetGuardMessageNamesTriggerStateAndGuardDescriptions()
    {
        var sm = new StateMachine<State, Trigger>(State.A);
        sm.Configure(State.A).PermitIf(Trigger.X, State.B, () => false, "bed available");

        var ex = Assert.Throws<InvalidOperationException>(() => sm.Fire(Trigger.X));

        Assert.Contains("'X'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'A'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("bed available", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FailedGuardChangesNothing()
    {
        var log = new List<string>();
        var sm = new StateMachine<State, Trigger>(State.A);
        sm.Configure(State.A).PermitIf(Trigger.X, State.B, () => false).OnExit(() => log.Add("exit A"));
        sm.OnTransitioned(_ => log.Add("transitioned"));

        Assert.Throws<InvalidOperationException>(() => sm.Fire(Trigger.X));

        Assert.Empty(log);
        Assert.Equal(State.A, sm.State);
    }

    [Fact]
    public void CanFireReportsUnmetGuardDescriptions()
    {
        var sm = new StateMachine<State, Trigger>(State.A);
        sm.Configure(State.A)
            .PermitIf(Trigger.X, State.B, () => false, "to B")
            .PermitIf(Trigger.X, State.C, () => false, "to C");

        var canFire = sm.CanFire(Trigger.X, out var unmet);

        Assert.False(canFire);
        Assert.Equal(["to B", "to C"], unmet);
    }

    [Fact]
    public void CanFireIsTrueWhenGuardPasses()
    {
        var sm = new StateMachine<State, Trigger>(State.A);
        sm.Configure(State.A).PermitIf(Trigger.X, State.B, () => true);

        Assert.True(sm.CanFire(Trigger.X));
    }

    [Fact]
    public void GuardDescriptionDefaultsToMethodName()
    {
        var sm = new StateMachine<State, Trigger>(State.A);
        sm.Configure(State.A).PermitIf(Trigger.X, State.B, IsBedAvailable);

        sm.CanFire(Trigger.X, out var unmet);

        Assert.Equal([nameof(IsBedAvailable)], unmet);
    }

    [Fact]
    public void LambdaGuardDescriptionDefaultsToFunction()
    {
        var sm = new StateMachine<State, Trigger>(State.A);
        sm.Configure(State.A).PermitIf(Trigger.X, State.B, () => false);

        sm.CanFire(Trigger.X, out var unmet);

        Assert.Equal(["Function"], unmet);
    }

    [Fact]
    public void GuardsAreReevaluatedOnEveryFire()
    {
        var open = false;
        var sm = new StateMachine<State, Trigger>(State.A);
        sm.Configure(State.A).PermitIf(Trigger.X, State.B, () => open);

        var before = sm.CanFire(Trigger.X);
        open = true;

        Assert.False(before);
        Assert.True(sm.CanFire(Trigger.X));
    }

    private static bool IsBedAvailable() => false;
}
