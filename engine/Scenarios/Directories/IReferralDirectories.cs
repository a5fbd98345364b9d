namespace ReferralSim.Engine.Scenarios.Directories;

/// <summary>Finds a country's referral directory; the engine reads no files, its host supplies them.</summary>
public interface IReferralDirectories
{
    /// <summary>The directory for an ISO country code (GR), or null when there is none.</summary>
    ReferralDirectory? Find(string country);
}
