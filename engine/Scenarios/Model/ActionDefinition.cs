using System.ComponentModel;
using ReferralSim.Engine.Scenarios.Model.Guards;

namespace ReferralSim.Engine.Scenarios.Model;

public sealed record ActionDefinition
{
    [Description("The action's id.")]
    public required string Id { get; init; }

    [Description("The button text participants see.")]
    public required LocalizedText Label { get; init; }

    [Description("The roles that may take it.")]
    public required IReadOnlyList<string> By { get; init; }

    [Description("States where it is offered (default: any state that is not an ending).")]
    public IReadOnlyList<string> In { get; init; } = [];

    [Description("A guard that must hold for it to be offered.")]
    public Guard? When { get; init; }

    [Description("How long the role is busy afterwards (default 1m).")]
    public SimTime Cost { get; init; } = SimTime.FromMinutes(1);

    [Description("true if it may be taken more than once.")]
    public bool Repeatable { get; init; }

    [Description("What it changes.")]
    public Effects Effects { get; init; } = Effects.None;

    [Description("Present when taking it harms the person (re-victimisation).")]
    public HarmDefinition? Harm { get; init; }
}
