namespace ReferralSim.Engine.Tests.StateMachine;

public enum Trigger
{
    X,
    Y,
    Z,
}
