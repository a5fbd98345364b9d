namespace ReferralSim.Engine.Debrief;

/// <summary>Why a referral was not a correct one.</summary>
public enum WrongReferralReason
{
    /// <summary>An adult referred to a service that serves only minors.</summary>
    MinorsOnlyServiceForAdult,

    /// <summary>An adult referred before she gave her informed consent.</summary>
    BeforeConsent,

    /// <summary>A service that is not among the scenario's correct referrals.</summary>
    NotACorrectService,
}
