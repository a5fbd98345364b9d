using ReferralSim.Engine.Runtime;
using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Debrief;

/// <summary>
/// What a run means for learning: identification, reasonable grounds, the referral and its delay
/// per hand-off, the critical actions, the harms, the expert path, the discussion. Built by
/// <see cref="Debriefer"/>; its JSON form is the contract in facilitator-guide/authoring/scoring.md.
/// Times are simulated times since the run began.
/// </summary>
public sealed record DebriefReport
{
    public required string ScenarioId { get; init; }

    public required int ScenarioVersion { get; init; }

    public required string Title { get; init; }

    public required string Language { get; init; }

    public required int Seed { get; init; }

    /// <summary>Null while the run has not ended.</summary>
    public required RunOutcome? Outcome { get; init; }

    public required SimTime? EndedAt { get; init; }

    /// <summary>The total: 0 on a critical fail, otherwise the sub-scores less harm penalties, never below 0.</summary>
    public required double Score { get; init; }

    public required int MaxScore { get; init; }

    /// <summary>A critical harm happened: the gate failed, whatever the points.</summary>
    public required bool CriticalFail { get; init; }

    public required ScoreBreakdown Scores { get; init; }

    public required SimTime? ReasonableGroundsAt { get; init; }

    public required ReasonableGrounds? ReasonableGrounds { get; init; }

    public required SimTime? FirstCorrectReferralAt { get; init; }

    /// <summary>First correct referral − reasonable grounds, in simulated minutes; 0 when she was referred before grounds.</summary>
    public required double? ReferralDelayMinutes { get; init; }

    public required SimTime? ReferralDeadline { get; init; }

    /// <summary>Reasonable grounds came, nobody referred correctly, and she did not decline an offer.</summary>
    public required bool ReferralMissing { get; init; }

    /// <summary>A possible-minor indicator was available: the child pathway applies, consent does not block it.</summary>
    public required bool PossibleMinor { get; init; }

    public required IReadOnlyList<string> MissedIndicators { get; init; }

    public required IReadOnlyList<string> MissedStrongIndicators { get; init; }

    public required IReadOnlyList<string> NotedIndicators { get; init; }

    public required IReadOnlyList<string> NeverRevealed { get; init; }

    public required IReadOnlyList<string> FalseAlarms { get; init; }

    /// <summary>Harm codes in the order they happened.</summary>
    public required IReadOnlyList<string> Harms { get; init; }

    public required IReadOnlyList<IndicatorResult> Indicators { get; init; }

    public required IReadOnlyList<DimensionResult> Dimensions { get; init; }

    public required IReadOnlyList<RoleSummary> Roles { get; init; }

    public required IReadOnlyList<CriticalActionResult> CriticalActions { get; init; }

    public required IReadOnlyList<ReferralResult> Referrals { get; init; }

    public IReadOnlyList<ReferralResult> WrongReferrals => [.. Referrals.Where(r => !r.Correct)];

    public required IReadOnlyList<HarmResult> HarmDetails { get; init; }

    public required IReadOnlyList<HandOff> HandOffs { get; init; }

    public required IReadOnlyList<TimelineEntry> Timeline { get; init; }

    public required IReadOnlyList<ExpertStepResult> ExpertPath { get; init; }

    public required IReadOnlyList<DiscussionPrompt> Discussion { get; init; }

    public required IReadOnlyList<ScoredItem> ScoredItems { get; init; }
}
