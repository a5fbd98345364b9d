namespace ReferralSim.Engine.Tests.StateMachine;

public enum State
{
    A,
    B,
    C,
    D,
}
