using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Runtime.Events;

/// <summary>An indicator (or distractor) became visible to its roles.</summary>
public sealed record IndicatorRevealed(SimTime At, Audience Audience, string Indicator, string Text) : RunEvent(At, Audience);
