using ReferralSim.Web.Application.Dispatching;
using ReferralSim.Web.Sessions;

namespace ReferralSim.Web.Application.Play;

public sealed class FacilitatorRunHandler(LiveSessionRegistry registry) : IRequestHandler<FacilitatorRunCommand, CommandReply>
{
    public async Task<CommandReply> Handle(FacilitatorRunCommand request, CancellationToken cancellationToken)
    {
        var session = await registry.GetAsync(request.SessionId);
        var result = await session.ExecuteAsync(request.Command);
        return result.Rejection is { } rejection
            ? throw RejectionCodes.ToException(rejection)
            : new CommandReply(result.Events.Count > 0 ? result.Events[^1].Sequence : session.Version, result.Events.Count);
    }
}
