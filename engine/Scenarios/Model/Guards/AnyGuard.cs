namespace ReferralSim.Engine.Scenarios.Model.Guards;

public sealed record AnyGuard(IReadOnlyList<Guard> Guards) : Guard
{
    public override bool Holds(IGuardContext context) => AnyHolds(Guards, context);

    public override string Describe() => string.Join(" or ", Guards.Select(AllGuard.Parenthesize));

    public override IEnumerable<Guard> Flatten() => [this, .. Guards.SelectMany(g => g.Flatten())];
}
