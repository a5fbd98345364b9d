using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Debrief;

/// <summary>The first moment the team had reasonable grounds, by which rule, on which indicators.</summary>
public sealed record ReasonableGrounds(SimTime At, ReasonableGroundsRule Rule, IReadOnlyList<string> Indicators);
