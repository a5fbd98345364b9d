using ReferralSim.Web.Application.Dispatching;
using ReferralSim.Web.Sessions;
using ReferralSim.Web.Storage;

namespace ReferralSim.Web.Application.Sessions;

public sealed class AssignRoleHandler(ISessionStore sessions, LiveSessionRegistry registry, IPublisher publisher) : IRequestHandler<AssignRoleCommand, string?>
{
    public async Task<string?> Handle(AssignRoleCommand request, CancellationToken cancellationToken)
    {
        var participant = (await sessions.ListParticipantsAsync(request.SessionId, cancellationToken)).FirstOrDefault(p => p.Id == request.ParticipantId)
            ?? throw new AppException("unknown-participant", "there is no such participant in this session");
        var session = await registry.GetAsync(request.SessionId);
        await RoleAssignment.AssignAsync(sessions, session, participant, request.Role, cancellationToken);
        await publisher.Publish(new LobbyChanged(session.Id), cancellationToken);
        return request.Role;
    }
}
