namespace ReferralSim.Engine.Scenarios.Model;

/// <summary>How a run ended. <see cref="Declined"/> (an informed adult said no, with a safety plan) is a correct outcome.</summary>
public enum Outcome
{
    Referred,
    Declined,
    Lost,
}
