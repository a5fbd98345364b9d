using System.ComponentModel;
using ReferralSim.Engine.Scenarios.Model.Guards;

namespace ReferralSim.Engine.Scenarios.Model;

public sealed record ReferralRoute
{
    [Description("Directory services this route is for.")]
    public required IReadOnlyList<string> To { get; init; }

    [Description("A guard that must hold for the route to apply.")]
    public Guard? When { get; init; }

    [Description("What the referral changes.")]
    public Effects Effects { get; init; } = Effects.None;
}
