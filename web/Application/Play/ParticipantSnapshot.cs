using ReferralSim.Engine.Runtime.Views;

namespace ReferralSim.Web.Application.Play;

/// <summary>
/// What a participant's client needs to (re)start: who they are, their role's view now, and the
/// events meant for them that they missed since <c>afterSequence</c>.
/// </summary>
public sealed record ParticipantSnapshot(
    Guid SessionId,
    Guid ParticipantId,
    string DisplayName,
    string? Role,
    IReadOnlyList<string> FreeRoles,
    RoleView? View,
    IReadOnlyList<SequencedEvent> Missed,
    long Version);
