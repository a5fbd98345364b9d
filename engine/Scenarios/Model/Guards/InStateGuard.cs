namespace ReferralSim.Engine.Scenarios.Model.Guards;

public sealed record InStateGuard(string State) : Guard
{
    public override bool Holds(IGuardContext context) => context.IsInState(State);

    public override string Describe() => $"in {State}";
}
