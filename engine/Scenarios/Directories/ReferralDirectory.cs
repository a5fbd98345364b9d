using System.ComponentModel;
using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Scenarios.Directories;

/// <summary>A country's referral services: the only targets a referral may name.</summary>
[Description("A country's directory of real referral services for trafficking cases.")]
public sealed record ReferralDirectory
{
    [Description("ISO country code: GR, IT, BE, DE.")]
    public required string Country { get; init; }

    [Description("The country's name.")]
    public required LocalizedText Name { get; init; }

    [Description("The general emergency number, e.g. 112.")]
    public string? EmergencyNumber { get; init; }

    [Description("The services.")]
    public required IReadOnlyList<ReferralService> Services { get; init; }

    public ReferralService? Find(string id) => Services.FirstOrDefault(s => s.Id == id);
}
