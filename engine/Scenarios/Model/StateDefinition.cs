using System.ComponentModel;

namespace ReferralSim.Engine.Scenarios.Model;

public sealed record StateDefinition
{
    [Description("The state's id.")]
    public required string Id { get; init; }

    [Description("The state this one is inside, if any.")]
    public string? Parent { get; init; }

    [Description("true for the state the story starts in (at its level).")]
    public bool Initial { get; init; }

    [Description("What happens on entering the state (no goto).")]
    public Effects? OnEntry { get; init; }

    [Description("Present when the state ends the run.")]
    public EndingDefinition? Ending { get; init; }
}
