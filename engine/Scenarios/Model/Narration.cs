using System.ComponentModel;

namespace ReferralSim.Engine.Scenarios.Model;

public sealed record Narration
{
    [Description("The narrative line.")]
    public required LocalizedText Text { get; init; }

    [Description("Roles who read it; default everyone (for an action: the role that acted).")]
    public IReadOnlyList<string>? To { get; init; }
}
