namespace ReferralSim.Engine.Scenarios.Model;

public enum HarmSeverity
{
    Minor,
    Major,
    Critical,
}
