namespace ReferralSim.Engine.Debrief;

public enum ScoredCategory
{
    Identification,
    FalseAlarm,
    Process,
    Timeliness,
    Harm,
}
