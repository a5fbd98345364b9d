using System.ComponentModel;
using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Runtime.Scripts;

/// <summary>
/// One line of a play script: at a simulated time, one thing: a role's action, note, referral or
/// message, a facilitator command, a manual inject, a speed, or a clock tick.
/// </summary>
public sealed record PlayScriptStep
{
    [Description("When: the simulated time since the start, e.g. 12m.")]
    public required SimTime At { get; init; }

    [Description("The role that acts (with do, note, refer or message).")]
    public string? Role { get; init; }

    [Description("An action the role takes.")]
    public string? Do { get; init; }

    [Description("An indicator the role notes as a concern.")]
    public string? Note { get; init; }

    [Description("A directory service the role refers to.")]
    public string? Refer { get; init; }

    [Description("A message from the role.")]
    public ScriptMessage? Message { get; init; }

    [Description("start, pause, resume or end.")]
    public ScriptFacilitatorCommand? Facilitator { get; init; }

    [Description("A manual inject the facilitator fires.")]
    public string? Fire { get; init; }

    [Description("Simulated minutes per real minute.")]
    public double? Speed { get; init; }

    [Description("true: only let the clock run to `at`.")]
    public bool Tick { get; init; }
}
