using System.ComponentModel;

namespace ReferralSim.Engine.Scenarios.Model;

public sealed record EndingDefinition
{
    [Description("referred, declined or lost.")]
    public required Outcome Outcome { get; init; }

    [Description("What became of the person, shown to everyone at the end.")]
    public required LocalizedText Text { get; init; }
}
