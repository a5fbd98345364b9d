using ReferralSim.Web.Application.Dispatching;
using ReferralSim.Web.Sessions;
using ReferralSim.Web.Storage;

namespace ReferralSim.Web.Application.Sessions;

public sealed class TakeRoleHandler(ISessionStore sessions, LiveSessionRegistry registry, IPublisher publisher) : IRequestHandler<TakeRoleCommand, string>
{
    public async Task<string> Handle(TakeRoleCommand request, CancellationToken cancellationToken)
    {
        var participant = await Participants.CurrentAsync(sessions, request.Caller, cancellationToken);
        if (participant.Role is not null && participant.Role != request.Role)
        {
            throw new AppException("already-has-role", $"you already play '{participant.Role}'; ask the facilitator to change it");
        }

        var session = await registry.GetAsync(participant.SessionId);
        await RoleAssignment.AssignAsync(sessions, session, participant, request.Role, cancellationToken);
        await publisher.Publish(new LobbyChanged(session.Id), cancellationToken);
        return request.Role;
    }
}
