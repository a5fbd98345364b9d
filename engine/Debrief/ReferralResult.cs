using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Debrief;

/// <summary>One referral the team made, judged; <see cref="Reason"/> is null when it was correct.</summary>
public sealed record ReferralResult(SimTime At, string Role, string Service, bool Correct, WrongReferralReason? Reason);
