using System.ComponentModel;

namespace ReferralSim.Engine.Scenarios.Model;

public sealed record CharacterDefinition
{
    [Description("The character's id, used in placeholders: {patient.first}.")]
    public required string Id { get; init; }

    [Description("What kind of person to invent for each run.")]
    public required PersonaSpec Persona { get; init; }
}
