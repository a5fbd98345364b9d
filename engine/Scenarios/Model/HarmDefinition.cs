using System.ComponentModel;
using ReferralSim.Engine.Scenarios.Model.Guards;

namespace ReferralSim.Engine.Scenarios.Model;

public sealed record HarmDefinition
{
    [Description("A stable code for the debrief, e.g. interview-in-front-of-companion.")]
    public required string Code { get; init; }

    [Description("critical, major or minor.")]
    public required HarmSeverity Severity { get; init; }

    [Description("Only a harm when this guard holds (default: always).")]
    public Guard? When { get; init; }
}
