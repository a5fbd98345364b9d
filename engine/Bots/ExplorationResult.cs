namespace ReferralSim.Engine.Bots;

/// <summary>What the explorer reached within its depth.</summary>
public sealed record ExplorationResult(
    int Depth,
    IReadOnlySet<string> EndingsReached,
    IReadOnlySet<string> IndicatorsRevealed,
    IReadOnlyList<StuckSituation> Stuck,
    int SituationsVisited,
    bool Truncated);
