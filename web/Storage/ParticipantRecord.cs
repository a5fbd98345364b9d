namespace ReferralSim.Web.Storage;

/// <summary>
/// A participant: only a display name and a role (the minimum the exercise needs). The access token
/// is kept only as a hash; bots are participants marked as such.
/// </summary>
public sealed record ParticipantRecord(
    Guid Id,
    Guid SessionId,
    string DisplayName,
    string? Role,
    string TokenHash,
    bool IsBot,
    DateTimeOffset JoinedAt);
