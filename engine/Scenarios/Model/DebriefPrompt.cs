using System.ComponentModel;

namespace ReferralSim.Engine.Scenarios.Model;

public sealed record DebriefPrompt
{
    [Description("reactions, description, analysis or summary (PEARLS).")]
    public required DebriefPhase Phase { get; init; }

    [Description("The question for the room.")]
    public required LocalizedText Text { get; init; }
}
