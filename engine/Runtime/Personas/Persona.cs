namespace ReferralSim.Engine.Runtime.Personas;

/// <summary>A character as invented for one run: fiction, drawn from the run's seed.</summary>
public sealed record Persona(string CharacterId, string First, string Last, int Age, string NationalityCode);
