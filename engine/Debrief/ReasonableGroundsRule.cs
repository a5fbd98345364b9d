namespace ReferralSim.Engine.Debrief;

/// <summary>Which test gave the team reasonable grounds (EU Directive 2011/36/EU art. 11(2)).</summary>
public enum ReasonableGroundsRule
{
    /// <summary>One strong indicator was available.</summary>
    StrongIndicator,

    /// <summary>A "means" dimension (coercion or abuse of vulnerability at destination) was positive.</summary>
    MeansDimensionPositive,

    /// <summary>A possible-minor indicator (M-00) was available: presume a child.</summary>
    PossibleMinor,
}
