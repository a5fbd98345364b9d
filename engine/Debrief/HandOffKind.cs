namespace ReferralSim.Engine.Debrief;

public enum HandOffKind
{
    /// <summary>A role wrote to other roles.</summary>
    Message,

    /// <summary>A role referred to a service.</summary>
    Referral,
}
