namespace ReferralSim.Engine.Scenarios.Model.Guards;

public sealed record AfterGuard(SimTime Time) : Guard
{
    public override bool Holds(IGuardContext context) => context.Now >= Time;

    public override string Describe() => $"after {Time}";
}
