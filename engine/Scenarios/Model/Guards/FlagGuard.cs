namespace ReferralSim.Engine.Scenarios.Model.Guards;

public sealed record FlagGuard(string Flag) : Guard
{
    public override bool Holds(IGuardContext context) => context.IsSet(Flag);

    public override string Describe() => Flag;
}
