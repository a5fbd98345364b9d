using System.ComponentModel;

namespace ReferralSim.Engine.Scenarios.Model;

/// <summary>
/// A legal duty with its own deadline, e.g. the Italian referto (48 h, at once if there is danger).
/// Modelled apart from the referral: meeting a duty to report is not pressing her to cooperate.
/// </summary>
public sealed record ScoringLegalDuty
{
    [Description("The duty's id, e.g. referto.")]
    public required string Id { get; init; }

    [Description("What the report calls it.")]
    public LocalizedText? Label { get; init; }

    [Description("The action that fulfils the duty.")]
    public required string Action { get; init; }

    [Description("The legal deadline, e.g. 48h.")]
    public required SimTime Deadline { get; init; }

    [Description("What the deadline counts from: reasonable-grounds (default), start, or an action id.")]
    public string From { get; init; } = ScoringCriticalAction.FromReasonableGrounds;
}
