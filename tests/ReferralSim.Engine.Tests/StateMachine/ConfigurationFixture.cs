using ReferralSim.Engine.StateMachine;

namespace ReferralSim.Engine.Tests.StateMachine;

public sealed class ConfigurationFixture
{
    [Fact]
    public void PermitToTheSameStateIsRejected()
    {
        var sm = new StateMachine<State, Trigger>(State.A);

        Assert.Throws<ArgumentException>(() => sm.Configure(State.A).Permit(Trigger.X, State.A));
    }

    [Fact]
    public void StateCannotBeItsOwnSuperstate()
    {
        var sm = new StateMachine<State, Trigger>(State.A);

        Assert.Throws<ArgumentException>(() => sm.Configure(State.A).SubstateOf(State.A));
    }

    [Fact]
    public void MutualSubstatesAreRejectedNamingTheStates()
    {
        var sm = new StateMachine<State, Trigger>(State.A);
        sm.Configure(State.A).SubstateOf(State.B);

        var ex = Assert.Throws<ArgumentException>(() => sm.Configure(State.B).SubstateOf(State.A));

        Assert.Contains("B as a substate of A", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NestedSubstateCycleIsRejected()
    {
        var sm = new StateMachine<State, Trigger>(State.A);
        sm.Configure(State.A).SubstateOf(State.B);
        sm.Configure(State.B).SubstateOf(State.C);

        Assert.Throws<ArgumentException>(() => sm.Configure(State.C).SubstateOf(State.A));
    }

    [Fact]
    public void ConfigurationMethodsReturnTheSameConfiguration()
    {
        var sm = new StateMachine<State, Trigger>(State.A);
        var configuration = sm.Configure(State.A);

        Assert.Same(configuration, configuration.Permit(Trigger.X, State.B).OnEntry(() => { }).Ignore(Trigger.Y));
    }

    [Fact]
    public void ConfigurationExposesItsState()
    {
        var sm = new StateMachine<State, Trigger>(State.A);

        Assert.Equal(State.C, sm.Configure(State.C).State);
    }
}
