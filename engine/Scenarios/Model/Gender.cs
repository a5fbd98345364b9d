namespace ReferralSim.Engine.Scenarios.Model;

public enum Gender
{
    Female,
    Male,
}
