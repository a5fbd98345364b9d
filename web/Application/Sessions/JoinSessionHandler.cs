using ReferralSim.Web.Application.Dispatching;
using ReferralSim.Web.Sessions;
using ReferralSim.Web.Storage;

namespace ReferralSim.Web.Application.Sessions;

public sealed class JoinSessionHandler(ISessionStore sessions, TimeProvider time, IPublisher publisher) : IRequestHandler<JoinSessionCommand, Joined>
{
    public async Task<Joined> Handle(JoinSessionCommand request, CancellationToken cancellationToken)
    {
        var code = JoinCode.Normalize(request.JoinCode);
        var session = code is null ? null : await sessions.FindByJoinCodeAsync(code, cancellationToken);
        if (session is null)
        {
            throw new AppException("unknown-join-code", "no session has this code; check it with your facilitator");
        }

        if (session.Status == SessionStatus.Ended)
        {
            throw new AppException("session-ended", "this session has ended");
        }

        var token = ParticipantToken.New();
        var participant = new ParticipantRecord(Guid.NewGuid(), session.Id, request.DisplayName!.Trim(), null,
            ParticipantToken.Hash(token), IsBot: false, time.GetUtcNow());
        await sessions.AddParticipantAsync(participant, cancellationToken);
        await publisher.Publish(new LobbyChanged(session.Id), cancellationToken);
        return new Joined(participant.Id, session.Id, token);
    }
}
