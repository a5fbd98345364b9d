namespace ReferralSim.Engine.Scenarios.Directories;

public enum ServedGroup
{
    Adults,
    Minors,
}
