using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Debrief;

/// <summary>A question for the room, in the debrief's language, at its PEARLS phase.</summary>
public sealed record DiscussionPrompt(DebriefPhase Phase, string Text);
