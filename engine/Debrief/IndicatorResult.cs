using ReferralSim.Engine.Scenarios.Model;
using ReferralSim.Engine.Scenarios.Taxonomy;

namespace ReferralSim.Engine.Debrief;

/// <summary>One indicator or distractor: when it became available, to whom, and who noted it when.</summary>
public sealed record IndicatorResult(
    string Id,
    IndicatorKind Kind,
    string? Source,
    IndicatorDimension? Dimension,
    IndicatorStrength? Strength,
    int Weight,
    IndicatorStatus Status,
    SimTime? RevealedAt,
    SimTime? FirstNotedAt,
    string? FirstNotedBy,
    IReadOnlyList<IndicatorSighting> Sightings,
    string Text);
