using System.ComponentModel;

namespace ReferralSim.Engine.Scenarios.Model;

/// <summary>How actions, injects, referral routes and state entries change the world.</summary>
public sealed record Effects
{
    [Description("Flags to turn on.")]
    public IReadOnlyList<string> Set { get; init; } = [];

    [Description("Flags to turn off.")]
    public IReadOnlyList<string> Clear { get; init; } = [];

    [Description("Indicators to show to their seen_by roles.")]
    public IReadOnlyList<string> Reveal { get; init; } = [];

    [Description("Narrative lines.")]
    public IReadOnlyList<Narration> Narrate { get; init; } = [];

    [Description("The state the story moves to.")]
    public string? Goto { get; init; }

    public static Effects None { get; } = new();
}
