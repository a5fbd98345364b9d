namespace ReferralSim.Engine.Scenarios.Model.Guards;

/// <summary><c>not: [a, b]</c> reads as "neither a nor b": true when none of the guards holds.</summary>
public sealed record NoneGuard(IReadOnlyList<Guard> Guards) : Guard
{
    public override bool Holds(IGuardContext context) => !AnyHolds(Guards, context);

    public override string Describe() => Guards.Count == 1
        ? $"not {AllGuard.Parenthesize(Guards[0])}"
        : $"none of ({string.Join(", ", Guards.Select(g => g.Describe()))})";

    public override IEnumerable<Guard> Flatten() => [this, .. Guards.SelectMany(g => g.Flatten())];
}
