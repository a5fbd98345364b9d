using ReferralSim.Web.Application.Behaviours;
using ReferralSim.Web.Application.Dispatching;
using ReferralSim.Web.Sessions;
using ReferralSim.Web.Storage;

namespace ReferralSim.Web.Application.Facilitators;

/// <summary>The facilitator's board of a session they own.</summary>
public sealed record FacilitatorBoardQuery(Caller Caller, Guid SessionId) : IRequest<FacilitatorBoard>, IFacilitatorRequest;

public sealed class FacilitatorBoardHandler(ISessionStore sessions, LiveSessionRegistry registry) : IRequestHandler<FacilitatorBoardQuery, FacilitatorBoard>
{
    public async Task<FacilitatorBoard> Handle(FacilitatorBoardQuery request, CancellationToken cancellationToken)
    {
        var participants = await sessions.ListParticipantsAsync(request.SessionId, cancellationToken);
        var session = await registry.GetAsync(request.SessionId);
        return await session.ReadAsync(s => FacilitatorBoard.Build(s, participants));
    }
}
