using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Scenarios.Taxonomy;

/// <summary>One indicator of the taxonomy: an id scenarios cite, its dimension, its strength, its cue.</summary>
public sealed record TaxonomyEntry(string Id, IndicatorDimension Dimension, IndicatorStrength Strength, string Cue);
