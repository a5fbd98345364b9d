namespace ReferralSim.Engine.Scenarios.Model;

/// <summary>The ILO/EC strength tiers.</summary>
public enum IndicatorStrength
{
    Weak,
    Medium,
    Strong,
}
