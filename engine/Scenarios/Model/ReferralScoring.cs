using System.ComponentModel;

namespace ReferralSim.Engine.Scenarios.Model;

public sealed record ReferralScoring
{
    [Description("Directory services that are a correct referral.")]
    public required IReadOnlyList<string> To { get; init; }

    [Description("How long after reasonable grounds the referral should come.")]
    public SimTime Deadline { get; init; } = SimTime.FromMinutes(60);

    [Description("The flag that records her informed consent; an adult's referral before it is set is wrong.")]
    public string? ConsentFlag { get; init; }
}
