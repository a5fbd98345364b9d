using ReferralSim.Engine.Runtime;
using ReferralSim.Engine.Runtime.Views;
using ReferralSim.Web.Application.Dispatching;
using ReferralSim.Web.Sessions;
using ReferralSim.Web.Storage;

namespace ReferralSim.Web.Application.Play;

public sealed class ParticipantSnapshotHandler(ISessionStore sessions, LiveSessionRegistry registry)
    : IRequestHandler<ParticipantSnapshotQuery, ParticipantSnapshot>
{
    public async Task<ParticipantSnapshot> Handle(ParticipantSnapshotQuery request, CancellationToken cancellationToken)
    {
        var participant = await Participants.CurrentAsync(sessions, request.Caller, cancellationToken);
        var taken = (await sessions.ListParticipantsAsync(participant.SessionId, cancellationToken)).Select(p => p.Role).OfType<string>().ToHashSet();
        var session = await registry.GetAsync(participant.SessionId);
        var role = participant.Role;
        return await session.ReadAsync(s =>
        {
            var missed = role is null ? [] : s.EventsAfter(request.AfterSequence)
                .Where(e => EventVisibility.IsVisibleTo(e.Event, role))
                .Select(e => new SequencedEvent(e.Sequence, e.Event))
                .ToList();
            var freeRoles = s.Scenario.Scenario.Definition.Roles.Select(r => r.Id).Where(r => !taken.Contains(r)).ToList();
            return new ParticipantSnapshot(s.Id, participant.Id, participant.DisplayName, role, freeRoles,
                role is null ? null : RoleView.For(s.Run, role, s.Clock.Now()), missed, s.Version);
        });
    }
}
