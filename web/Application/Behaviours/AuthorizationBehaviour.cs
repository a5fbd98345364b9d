using ReferralSim.Web.Application.Dispatching;
using ReferralSim.Web.Storage;

namespace ReferralSim.Web.Application.Behaviours;

/// <summary>
/// Checks, for every request, that the caller may send it: facilitators only to the sessions they
/// own, participants only as participants. Adapters (hub, endpoints) never decide this themselves.
/// </summary>
public sealed class AuthorizationBehaviour<TRequest, TResponse>(ISessionStore sessions) : IPipelineBehavior<TRequest, TResponse>
    where TRequest : notnull
{
    public async Task<TResponse> Handle(TRequest request, RequestHandlerDelegate<TResponse> continuation, CancellationToken cancellationToken)
    {
        if (request is IFacilitatorRequest facilitatorRequest)
        {
            if (facilitatorRequest.Caller is not FacilitatorCaller facilitator)
            {
                throw new AppException("facilitators-only", "only the session's facilitator can do this");
            }

            var session = await sessions.FindAsync(facilitatorRequest.SessionId, cancellationToken)
                ?? throw new AppException("unknown-session", "there is no such session");
            if (session.FacilitatorId != facilitator.FacilitatorId)
            {
                throw new AppException("not-your-session", "this session belongs to another facilitator");
            }
        }

        if (request is IParticipantRequest { Caller: not ParticipantCaller })
        {
            throw new AppException("participants-only", "only a participant who joined the session can do this");
        }

        return await continuation();
    }
}
