using ReferralSim.Engine.StateMachine;

namespace ReferralSim.Engine.Tests.StateMachine;

public sealed class FiringModeFixture
{
    [Fact]
    public void QueuedTriggerFiredOnEntryRunsAfterTransitionCompletes()
    {
        var log = new List<string>();
        var sm = new StateMachine<State, Trigger>(State.A, FiringMode.Queued);
        ConfigureChain(sm, log);

        sm.Fire(Trigger.X);

        Assert.Equal(
            ["enter B start", "enter B end", "completed A->B", "exit B", "enter C", "completed B->C"],
            log);
        Assert.Equal(State.C, sm.State);
    }

    [Fact]
    public void ImmediateTriggerFiredOnEntryRunsNestedAtOnce()
    {
        var log = new List<string>();
        var sm = new StateMachine<State, Trigger>(State.A, FiringMode.Immediate);
        ConfigureChain(sm, log);

        sm.Fire(Trigger.X);

        Assert.Equal(
            ["enter B start", "exit B", "enter C", "completed B->C", "enter B end", "completed A->C"],
            log);
        Assert.Equal(State.C, sm.State);
    }

    [Fact]
    public void DefaultFiringModeIsQueued()
    {
        var log = new List<string>();
        var sm = new StateMachine<State, Trigger>(State.A);
        ConfigureChain(sm, log);

        sm.Fire(Trigger.X);

        Assert.Equal("completed A->B", log[2]);
    }

    [Fact]
    public void QueuedTriggersRunInTheOrderTheyWereFired()
    {
        var log = new List<string>();
        var sm = new StateMachine<State, Trigger>(State.A);
        sm.Configure(State.A).Permit(Trigger.X, State.B);
        sm.Configure(State.B)
            .OnEntry(() => { sm.Fire(Trigger.Y); sm.Fire(Trigger.Z); })
            .Permit(Trigger.Y, State.C);
        sm.Configure(State.C).Permit(Trigger.Z, State.D);
        sm.OnTransitioned(t => log.Add($"{t.Source}->{t.Destination}"));

        sm.Fire(Trigger.X);

        Assert.Equal(["A->B", "B->C", "C->D"], log);
    }

    [Fact]
    public void QueuedTriggerFiredFromOnTransitionedRunsAfterEntryActions()
    {
        var log = new List<string>();
        var sm = new StateMachine<State, Trigger>(State.A);
        sm.Configure(State.A).Permit(Trigger.X, State.B);
        sm.Configure(State.B).OnEntry(() => log.Add("enter B")).Permit(Trigger.Y, State.C);
        sm.Configure(State.C).OnEntry(() => log.Add("enter C"));
        sm.OnTransitioned(t =>
        {
            if (t.Trigger == Trigger.X)
            {
                sm.Fire(Trigger.Y);
            }
        });

        sm.Fire(Trigger.X);

        Assert.Equal(["enter B", "enter C"], log);
    }

    private static void ConfigureChain(StateMachine<State, Trigger> sm, List<string> log)
    {
        sm.Configure(State.A).Permit(Trigger.X, State.B);
        sm.Configure(State.B)
            .OnEntry(() =>
            {
                log.Add("enter B start");
                sm.Fire(Trigger.Y);
                log.Add("enter B end");
            })
            .OnExit(() => log.Add("exit B"))
            .Permit(Trigger.Y, State.C);
        sm.Configure(State.C).OnEntry(() => log.Add("enter C"));
        sm.OnTransitionCompleted(t => log.Add($"completed {t.Source}->{t.Destination}"));
    }
}
