using ReferralSim.Web.Application.Dispatching;
using ReferralSim.Web.Application.Play;
using ReferralSim.Web.Sessions;

namespace ReferralSim.Web.Components.Live;

/// <summary>
/// When events are committed, builds each role's page view (from that role's view only) for each UI
/// language someone uses, inside the session's single writer so it reads the run consistently, and
/// queues it to be rendered as live fragments and pushed to that group off the single writer
/// (<see cref="FragmentPusher"/>): the feed gets only the entries of this commit, and of the other
/// parts only those that changed.
/// </summary>
public sealed class FragmentPublisher(FragmentPusher pushes, FragmentRenderer renderer, FragmentGroups groups)
    : INotificationHandler<EventsCommitted>
{
    public Task Handle(EventsCommitted notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        if (notification.Events.Count == 0)
        {
            return Task.CompletedTask;
        }

        var session = notification.Session;
        var (after, sequence) = (notification.Events[0].Sequence - 1, notification.Events[^1].Sequence);
        var noneTaken = new HashSet<string>(StringComparer.Ordinal);

        // One moment for every role's view, so what they show alike (the clock) reads alike, and renders once.
        var now = session.Clock.Now();
        foreach (var role in session.Scenario.Scenario.Definition.Roles)
        {
            PlayPageView? page = null;
            foreach (var culture in UiText.Cultures)
            {
                var group = FragmentGroups.Name(session.Id, role.Id, culture);
                if (!groups.HasMembers(group))
                {
                    continue;
                }

                var view = page ??= PlayPageView.Build(session, "", role.Id, noneTaken, now);
                pushes.Enqueue(session.Id, group, after, sequence, (since, sent, rendered) => renderer.RenderPlayAsync(view, culture, since, sent, rendered));
            }
        }

        return Task.CompletedTask;
    }
}
