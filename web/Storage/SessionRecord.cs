namespace ReferralSim.Web.Storage;

/// <summary>A session as stored: pinned to the exact scenario version (content hash) it was created with.</summary>
public sealed record SessionRecord(
    Guid Id,
    string JoinCode,
    Guid FacilitatorId,
    string ScenarioId,
    string ScenarioHash,
    int Seed,
    string Language,
    SessionStatus Status,
    DateTimeOffset CreatedAt);
