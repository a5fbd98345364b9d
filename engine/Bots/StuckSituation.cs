using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Bots;

/// <summary>A reachable moment where nothing anyone can do changes the story and nothing is left to fire: the run would idle until the limit.</summary>
public sealed record StuckSituation(string State, SimTime At, IReadOnlyList<string> Moves);
