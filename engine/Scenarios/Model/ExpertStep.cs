using System.ComponentModel;

namespace ReferralSim.Engine.Scenarios.Model;

/// <summary>One step of the reference playthrough: a role takes an action, or refers.</summary>
public sealed record ExpertStep
{
    [Description("The role that takes the step.")]
    public required string By { get; init; }

    [Description("The action it takes.")]
    public string? Do { get; init; }

    [Description("Or the directory service it refers to.")]
    public string? Refer { get; init; }
}
