using System.ComponentModel;

namespace ReferralSim.Engine.Scenarios.Model;

/// <summary>
/// How the debrief names and weighs a harm code that actions' <c>harm</c> blocks declare. A code
/// not listed here still counts, with its severity's default penalty and its code as its label.
/// </summary>
public sealed record ScoringHarm
{
    /// <summary>
    /// The harm the debrief finds itself rather than from an action: a possible minor (M-00
    /// available) never referred to a service for minors. It may be labelled here like any other.
    /// </summary>
    public const string PossibleMinorNotReferred = "possible-minor-not-referred";

    [Description("A harm code used in an action's harm block.")]
    public required string Code { get; init; }

    [Description("What the report calls it.")]
    public LocalizedText? Label { get; init; }

    [Description("Optional: points taken off instead of the severity's default (critical harms are a gate whatever this says).")]
    public int? Penalty { get; init; }
}
