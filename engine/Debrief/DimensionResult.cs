using ReferralSim.Engine.Scenarios.Taxonomy;

namespace ReferralSim.Engine.Debrief;

/// <summary>
/// One ILO dimension: its true indicators available and noted, and whether it was positive under the
/// combination rule (2 strong; 1 strong + 1 medium or weak; 3 medium; 2 medium + 1 weak).
/// </summary>
public sealed record DimensionResult(
    IndicatorDimension Dimension,
    int Available,
    int Noted,
    int AvailableWeight,
    int NotedWeight,
    bool PositiveFromAvailable,
    bool PositiveFromNoted);
