using System.ComponentModel;

namespace ReferralSim.Engine.Scenarios.Model;

public sealed record ScoringDefinition
{
    [Description("The correct referral targets and the deadline.")]
    public ReferralScoring? Referral { get; init; }

    [Description("The reference playthrough, step by step.")]
    public IReadOnlyList<ExpertStep> ExpertPath { get; init; } = [];

    [Description("Discussion prompts for the debrief, by PEARLS phase.")]
    public IReadOnlyList<DebriefPrompt> DebriefPrompts { get; init; } = [];
}
