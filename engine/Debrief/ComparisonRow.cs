namespace ReferralSim.Engine.Debrief;

/// <summary>One compared thing (a dimension, a role, an indicator) with one value per run, null where it does not apply.</summary>
public sealed record ComparisonRow(string Key, IReadOnlyList<double?> Values);
