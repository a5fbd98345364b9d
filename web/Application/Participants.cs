using ReferralSim.Web.Storage;

namespace ReferralSim.Web.Application;

/// <summary>Finds the participant behind a caller, fresh from the store (roles change).</summary>
public static class Participants
{
    public static async Task<ParticipantRecord> CurrentAsync(ISessionStore sessions, Caller caller, CancellationToken cancellationToken)
    {
        if (caller is not ParticipantCaller participantCaller)
        {
            throw new AppException("participants-only", "only a participant who joined the session can do this");
        }

        var participants = await sessions.ListParticipantsAsync(participantCaller.SessionId, cancellationToken);
        return participants.FirstOrDefault(p => p.Id == participantCaller.ParticipantId)
            ?? throw new AppException("stale-token", "your place in this session no longer exists; join again");
    }
}
