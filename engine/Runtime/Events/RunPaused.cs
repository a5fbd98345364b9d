using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Runtime.Events;

/// <summary>The facilitator paused the run; participants cannot act until it resumes.</summary>
public sealed record RunPaused(SimTime At, Audience Audience) : RunEvent(At, Audience);
