using ReferralSim.Web.Application.Dispatching;
using ReferralSim.Web.Sessions;
using ReferralSim.Web.Storage;

namespace ReferralSim.Web.Application.Play;

public sealed class ParticipantRunHandler(ISessionStore sessions, LiveSessionRegistry registry) : IRequestHandler<ParticipantRunCommand, CommandReply>
{
    public async Task<CommandReply> Handle(ParticipantRunCommand request, CancellationToken cancellationToken)
    {
        var participant = await Participants.CurrentAsync(sessions, request.Caller, cancellationToken);
        if (participant.Role is null)
        {
            throw new AppException("no-role", "you have no role yet; pick one or wait for the facilitator");
        }

        if (participant.Role != request.ClaimedRole)
        {
            throw new AppException("not-your-role", $"you play '{participant.Role}', not '{request.ClaimedRole}'");
        }

        var session = await registry.GetAsync(participant.SessionId);
        var result = await session.ExecuteAsync(at => request.Command(participant.Role, at));
        return result.Rejection is { } rejection
            ? throw RejectionCodes.ToException(rejection)
            : new CommandReply(result.Events.Count > 0 ? result.Events[^1].Sequence : session.Version, result.Events.Count);
    }
}
