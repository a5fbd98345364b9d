using Microsoft.AspNetCore.SignalR;
using ReferralSim.Engine.Runtime;
using ReferralSim.Web.Application.Dispatching;
using ReferralSim.Web.Application.Play;
using ReferralSim.Web.Sessions;

namespace ReferralSim.Web.Hubs;

/// <summary>
/// Pushes committed events to the hub: every event to the session's facilitator, and to each role
/// only the events whose audience includes it. The filter runs here, on the server, before sending.
/// </summary>
public sealed class SessionBroadcaster(IHubContext<SessionHub> hub) : INotificationHandler<EventsCommitted>
{
    public const string EventsMethod = "events";

    public async Task Handle(EventsCommitted notification, CancellationToken cancellationToken)
    {
        var session = notification.Session;
        var all = notification.Events.Select(e => new SequencedEvent(e.Sequence, e.Event)).ToList();
        await hub.Clients.Group(SessionGroups.Facilitator(session.Id)).SendAsync(EventsMethod, all, cancellationToken);
        foreach (var role in session.Scenario.Scenario.Definition.Roles)
        {
            var visible = all.Where(e => EventVisibility.IsVisibleTo(e.Event, role.Id)).ToList();
            if (visible.Count > 0)
            {
                await hub.Clients.Group(SessionGroups.Role(session.Id, role.Id)).SendAsync(EventsMethod, visible, cancellationToken);
            }
        }
    }
}
