namespace ReferralSim.Engine.Debrief;

/// <summary>
/// How the total came about. <see cref="PointsBeforeGate"/> is the total as if no critical harm
/// had happened, so a team that failed the gate still sees what it did well.
/// </summary>
public sealed record ScoreBreakdown(SubScore Identification, SubScore Process, SubScore Timeliness, double HarmPenalty, double PointsBeforeGate);
