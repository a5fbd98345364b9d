using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Runtime.Events;

/// <summary>A timed inject's moment came but its condition did not hold, so it will never fire.</summary>
public sealed record InjectSkipped(SimTime At, Audience Audience, string Inject) : RunEvent(At, Audience);
