using System.ComponentModel;

namespace ReferralSim.Engine.Scenarios.Model;

/// <summary>
/// A binary "critical action" (the simulation-education norm): done or not, and, when it has a
/// deadline, done in time. Done when a role takes one of <see cref="DoneBy"/>, or when
/// <see cref="Flag"/> is first set.
/// </summary>
public sealed record ScoringCriticalAction
{
    /// <summary>A deadline counted from the start of the run.</summary>
    public const string FromStart = "start";

    /// <summary>A deadline counted from the moment the team first had reasonable grounds.</summary>
    public const string FromReasonableGrounds = "reasonable-grounds";

    [Description("The critical action's id, e.g. safe-separation.")]
    public required string Id { get; init; }

    [Description("What the report calls it.")]
    public LocalizedText? Label { get; init; }

    [Description("Actions any of which does it.")]
    public IReadOnlyList<string> DoneBy { get; init; } = [];

    [Description("Or a flag whose setting does it.")]
    public string? Flag { get; init; }

    [Description("Optional: how soon it must be done, e.g. 20m.")]
    public SimTime? Deadline { get; init; }

    [Description("What the deadline counts from: start (default), reasonable-grounds, or an action id.")]
    public string From { get; init; } = FromStart;
}
