namespace ReferralSim.Engine.Scenarios.Model.Guards;

public sealed record AllGuard(IReadOnlyList<Guard> Guards) : Guard
{
    public override bool Holds(IGuardContext context) => AllHold(Guards, context);

    public override string Describe() => Guards.Count == 0 ? "always" : string.Join(" and ", Guards.Select(g => Parenthesize(g)));

    public override IEnumerable<Guard> Flatten() => [this, .. Guards.SelectMany(g => g.Flatten())];

    internal static string Parenthesize(Guard guard) =>
        guard is AllGuard { Guards.Count: > 1 } or AnyGuard { Guards.Count: > 1 } ? $"({guard.Describe()})" : guard.Describe();
}
