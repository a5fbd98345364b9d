using System.ComponentModel;

namespace ReferralSim.Engine.Scenarios.Model;

public sealed record ScoringDefinition
{
    [Description("The weights of the sub-scores, indicator strengths and penalties (defaults from SCORING.md).")]
    public ScoringWeights Weights { get; init; } = ScoringWeights.Default;

    [Description("The correct referral targets and the deadline.")]
    public ReferralScoring? Referral { get; init; }

    [Description("The critical actions: done or not, some within a deadline.")]
    public IReadOnlyList<ScoringCriticalAction> CriticalActions { get; init; } = [];

    [Description("Legal duties with their own deadlines (e.g. the Italian referto, 48h).")]
    public IReadOnlyList<ScoringLegalDuty> LegalDuties { get; init; } = [];

    [Description("Labels and penalties for the harm codes that actions declare.")]
    public IReadOnlyList<ScoringHarm> Harms { get; init; } = [];

    [Description("The reference playthrough, step by step.")]
    public IReadOnlyList<ExpertStep> ExpertPath { get; init; } = [];

    [Description("Discussion prompts for the debrief, by PEARLS phase.")]
    public IReadOnlyList<DebriefPrompt> DebriefPrompts { get; init; } = [];
}
