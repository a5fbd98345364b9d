using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Debrief;

/// <summary>
/// One step of the chain from reasonable grounds to the referral: who told whom, who acted. The
/// message text is the participants' own and is never copied into a report.
/// </summary>
public sealed record HandOff(SimTime At, HandOffKind Kind, string From, IReadOnlyList<string> To, double? MinutesAfterGrounds);
