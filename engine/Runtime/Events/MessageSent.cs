using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Runtime.Events;

/// <summary>A message between roles; the text is the participant's, stored as text, never interpreted.</summary>
public sealed record MessageSent(SimTime At, Audience Audience, string From, IReadOnlyList<string> To, string Text) : RunEvent(At, Audience);
