namespace ReferralSim.Engine.Scenarios.Model.Guards;

public sealed record DoneGuard(string Action) : Guard
{
    public override bool Holds(IGuardContext context) => context.IsDone(Action);

    public override string Describe() => $"{Action} done";
}
