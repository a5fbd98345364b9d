using System.ComponentModel;
using ReferralSim.Engine.Scenarios.Model.Guards;

namespace ReferralSim.Engine.Scenarios.Model;

/// <summary>
/// Something thrown into the story: at a simulated time (if <see cref="When"/> holds then), as
/// soon as a condition holds, or by the facilitator. Each inject fires at most once.
/// </summary>
public sealed record InjectDefinition
{
    [Description("The inject's id.")]
    public required string Id { get; init; }

    [Description("The name the facilitator sees.")]
    public LocalizedText? Title { get; init; }

    [Description("Fires when the clock reaches this time (if `when` holds then).")]
    public SimTime? At { get; init; }

    [Description("A guard: with `at`, checked at that time; alone, fires as soon as it holds.")]
    public Guard? When { get; init; }

    [Description("true when only the facilitator fires it.")]
    public bool Manual { get; init; }

    [Description("What it changes.")]
    public Effects Effects { get; init; } = Effects.None;
}
