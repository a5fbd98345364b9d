using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Runtime.Commands;

/// <summary>Something a participant, the facilitator or the clock asks of a run, at a simulated time.</summary>
public abstract record RunCommand(SimTime At);
