using System.ComponentModel;

namespace ReferralSim.Engine.Scenarios.Model;

public sealed record RoleDefinition
{
    [Description("The role's id, e.g. nurse.")]
    public required string Id { get; init; }

    [Description("The role's name as participants see it.")]
    public required LocalizedText Name { get; init; }

    [Description("What the role knows and must do at the start.")]
    public required LocalizedText Briefing { get; init; }
}
