namespace ReferralSim.Engine.Scenarios.Model;

/// <summary>The PEARLS debriefing phases, in the order a debrief runs them.</summary>
public enum DebriefPhase
{
    Reactions,
    Description,
    Analysis,
    Summary,
}
