using ReferralSim.Web.Application.Dispatching;
using ReferralSim.Web.Sessions;
using ReferralSim.Web.Storage;

namespace ReferralSim.Web.Application.Play;

public sealed class PlayPageHandler(ISessionStore sessions, LiveSessionRegistry registry) : IRequestHandler<PlayPageQuery, PlayPageView>
{
    public async Task<PlayPageView> Handle(PlayPageQuery request, CancellationToken cancellationToken)
    {
        var participant = await Participants.CurrentAsync(sessions, request.Caller, cancellationToken);
        var taken = (await sessions.ListParticipantsAsync(participant.SessionId, cancellationToken))
            .Where(p => p.Role is not null && p.Id != participant.Id)
            .Select(p => p.Role!)
            .ToHashSet(StringComparer.Ordinal);
        var session = await registry.GetAsync(participant.SessionId);
        return await session.ReadAsync(s => PlayPageView.Build(s, participant.DisplayName, participant.Role, taken));
    }
}
