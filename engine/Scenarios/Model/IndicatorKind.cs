namespace ReferralSim.Engine.Scenarios.Model;

public enum IndicatorKind
{
    Indicator,
    Distractor,
}
