namespace ReferralSim.Web.Storage;

/// <summary>The exact text of a scenario version that a session ran, so a session replays as it was played.</summary>
public sealed record ScenarioVersionRecord(string ScenarioId, string ContentHash, int Version, string Yaml, DateTimeOffset SavedAt);
