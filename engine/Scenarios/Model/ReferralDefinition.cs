using System.ComponentModel;

namespace ReferralSim.Engine.Scenarios.Model;

public sealed record ReferralDefinition
{
    [Description("The roles that may fill in the referral form.")]
    public required IReadOnlyList<string> By { get; init; }

    [Description("What a referral does; the first route that matches applies.")]
    public IReadOnlyList<ReferralRoute> Routes { get; init; } = [];
}
