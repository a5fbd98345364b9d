namespace ReferralSim.Engine.Scenarios.Directories;

public enum ServiceKind
{
    NrmCoordinator,
    Hotline,
    Ngo,
    Shelter,
    Police,
    Prosecutor,
    ChildProtection,
    LabourInspection,
    Health,
    Legal,
    SocialServices,
    Migration,
    InternationalOrganisation,
    PublicAuthority,
}
