namespace ReferralSim.Engine.Runtime.Views;

public enum RunPhase
{
    NotStarted,
    Running,
    Paused,
    Ended,
}
