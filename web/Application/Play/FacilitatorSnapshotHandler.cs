using ReferralSim.Engine.Runtime.Views;
using ReferralSim.Web.Application.Dispatching;
using ReferralSim.Web.Sessions;
using ReferralSim.Web.Storage;

namespace ReferralSim.Web.Application.Play;

public sealed class FacilitatorSnapshotHandler(ISessionStore sessions, LiveSessionRegistry registry)
    : IRequestHandler<FacilitatorSnapshotQuery, FacilitatorSnapshot>
{
    public async Task<FacilitatorSnapshot> Handle(FacilitatorSnapshotQuery request, CancellationToken cancellationToken)
    {
        var participants = await sessions.ListParticipantsAsync(request.SessionId, cancellationToken);
        var session = await registry.GetAsync(request.SessionId);
        return await session.ReadAsync(s => new FacilitatorSnapshot(
            s.Record,
            participants,
            RoleView.PhaseOf(s.Run.State),
            s.Clock.Now(),
            s.Clock.Speed,
            s.Run.State.CurrentState,
            [.. s.EventsAfter(request.AfterSequence).Select(e => new SequencedEvent(e.Sequence, e.Event))],
            s.Version));
    }
}
