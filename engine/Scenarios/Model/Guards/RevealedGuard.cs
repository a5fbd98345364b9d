namespace ReferralSim.Engine.Scenarios.Model.Guards;

public sealed record RevealedGuard(string Indicator) : Guard
{
    public override bool Holds(IGuardContext context) => context.IsRevealed(Indicator);

    public override string Describe() => $"{Indicator} revealed";
}
