using ReferralSim.Engine.StateMachine;

namespace ReferralSim.Engine.Tests.StateMachine;

public sealed class ReentryAndInternalTransitionFixture
{
    [Fact]
    public void ReentryExitsAndEntersOnlyTheReenteredState()
    {
        var log = new List<string>();
        var sm = new StateMachine<State, Trigger>(State.B);
        sm.Configure(State.A).OnEntry(() => log.Add("enter A")).OnExit(() => log.Add("exit A"));
        sm.Configure(State.B).SubstateOf(State.A).PermitReentry(Trigger.X)
            .OnEntry(() => log.Add("enter B")).OnExit(() => log.Add("exit B"));

        sm.Fire(Trigger.X);

        Assert.Equal(["exit B", "enter B"], log);
        Assert.Equal(State.B, sm.State);
    }

    [Fact]
    public void ReentryInheritedFromSuperstateLeavesSubstateAndReentersSuperstate()
    {
        var log = new List<string>();
        var sm = new StateMachine<State, Trigger>(State.B);
        sm.Configure(State.A).PermitReentry(Trigger.X)
            .OnEntry(() => log.Add("enter A")).OnExit(() => log.Add("exit A"));
        sm.Configure(State.B).SubstateOf(State.A)
            .OnEntry(() => log.Add("enter B")).OnExit(() => log.Add("exit B"));

        sm.Fire(Trigger.X);

        Assert.Equal(["exit B", "exit A", "enter A"], log);
        Assert.Equal(State.A, sm.State);
    }

    [Fact]
    public void ReentryTransitionIsReentry()
    {
        var seen = new List<StateMachine<State, Trigger>.Transition>();
        var sm = new StateMachine<State, Trigger>(State.A);
        sm.Configure(State.A).PermitReentry(Trigger.X);
        sm.OnTransitioned(seen.Add);

        sm.Fire(Trigger.X);

        var transition = Assert.Single(seen);
        Assert.True(transition.IsReentry);
    }

    [Fact]
    public void ReentryIfRunsOnlyWhenGuardPasses()
    {
        var entries = 0;
        var sm = new StateMachine<State, Trigger>(State.A);
        sm.Configure(State.A).PermitReentryIf(Trigger.X, () => false, "never").OnEntry(() => entries++);
        sm.OnUnhandledTrigger((_, _) => { });

        sm.Fire(Trigger.X);

        Assert.Equal(0, entries);
    }

    [Fact]
    public void InternalTransitionRunsActionWithoutExitOrEntry()
    {
        var log = new List<string>();
        var sm = new StateMachine<State, Trigger>(State.A);
        sm.Configure(State.A).InternalTransition(Trigger.X, t => log.Add($"internal {t.Source}->{t.Destination}"))
            .OnEntry(() => log.Add("enter A")).OnExit(() => log.Add("exit A"));

        sm.Fire(Trigger.X);

        Assert.Equal(["internal A->A"], log);
        Assert.Equal(State.A, sm.State);
    }

    // Stateless does not report internal transitions to OnTransitioned or OnTransitionCompleted
    // (dotnet-state-machine/stateless#291): they are not state changes.
    [Fact]
    public void InternalTransitionDoesNotFireTransitionEvents()
    {
        var events = 0;
        var sm = new StateMachine<State, Trigger>(State.A);
        sm.Configure(State.A).InternalTransition(Trigger.X, () => { });
        sm.OnTransitioned(_ => events++);
        sm.OnTransitionCompleted(_ => events++);

        sm.Fire(Trigger.X);

        Assert.Equal(0, events);
    }

    [Fact]
    public void InternalTransitionIsInheritedFromSuperstateWithoutLeavingSubstate()
    {
        var log = new List<string>();
        var sm = new StateMachine<State, Trigger>(State.B);
        sm.Configure(State.A).InternalTransition(Trigger.X, t => log.Add($"internal in {t.Source}"));
        sm.Configure(State.B).SubstateOf(State.A).OnExit(() => log.Add("exit B"));

        sm.Fire(Trigger.X);

        Assert.Equal(["internal in B"], log);
        Assert.Equal(State.B, sm.State);
    }

    [Fact]
    public void InternalTransitionIfDoesNotRunWhenGuardFails()
    {
        var ran = false;
        var sm = new StateMachine<State, Trigger>(State.A);
        sm.Configure(State.A).InternalTransitionIf(Trigger.X, _ => false, _ => ran = true, "closed");

        var canFire = sm.CanFire(Trigger.X, out var unmet);

        Assert.False(canFire);
        Assert.Equal(["closed"], unmet);
        Assert.Throws<InvalidOperationException>(() => sm.Fire(Trigger.X));
        Assert.False(ran);
    }

    [Fact]
    public void IgnoredTriggerDoesNothing()
    {
        var log = new List<string>();
        var sm = new StateMachine<State, Trigger>(State.A);
        sm.Configure(State.A).Ignore(Trigger.X).OnExit(() => log.Add("exit A"));
        sm.OnTransitioned(_ => log.Add("transitioned"));

        sm.Fire(Trigger.X);

        Assert.Empty(log);
        Assert.Equal(State.A, sm.State);
    }

    [Fact]
    public void IgnoreIfWithUnmetGuardLeavesTriggerUnhandled()
    {
        var sm = new StateMachine<State, Trigger>(State.A);
        sm.Configure(State.A).IgnoreIf(Trigger.X, () => false, "quiet hours");

        var ex = Assert.Throws<InvalidOperationException>(() => sm.Fire(Trigger.X));

        Assert.Contains("quiet hours", ex.Message, StringComparison.Ordinal);
    }
}
