using ReferralSim.Engine.Runtime.Personas;
using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Runtime.Events;

/// <summary>The run began: which scenario version, seed and language, and the people invented for it.</summary>
public sealed record RunStarted(SimTime At, Audience Audience, string ScenarioId, int ScenarioVersion, int Seed, string Language, IReadOnlyList<Persona> Personas) : RunEvent(At, Audience);
