namespace ReferralSim.Engine.Debrief;

/// <summary>Points earned out of the points a sub-score is worth.</summary>
public sealed record SubScore(double Points, int Max);
