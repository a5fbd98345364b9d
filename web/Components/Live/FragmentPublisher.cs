using Microsoft.AspNetCore.SignalR;
using ReferralSim.Web.Application.Dispatching;
using ReferralSim.Web.Application.Play;
using ReferralSim.Web.Hubs;
using ReferralSim.Web.Sessions;

namespace ReferralSim.Web.Components.Live;

/// <summary>
/// When events are committed, renders each role's live fragments (from that role's view only) in
/// each UI language someone uses, and pushes them as <c>fragments</c> <c>{ sequence, html }</c> to
/// that group. Runs inside the session's loop, so it reads the run consistently.
/// </summary>
public sealed class FragmentPublisher(IHubContext<SessionHub> hub, FragmentRenderer renderer, FragmentGroups groups)
    : INotificationHandler<EventsCommitted>
{
    public const string FragmentsMethod = "fragments";

    public async Task Handle(EventsCommitted notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        if (notification.Events.Count == 0)
        {
            return;
        }

        var session = notification.Session;
        var sequence = notification.Events[^1].Sequence;
        var noneTaken = new HashSet<string>(StringComparer.Ordinal);
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

                page ??= PlayPageView.Build(session, "", role.Id, noneTaken);
                var html = await renderer.RenderPlayAsync(page, culture);
                await hub.Clients.Group(group).SendAsync(FragmentsMethod, new FragmentsMessage(sequence, html), cancellationToken);
            }
        }
    }
}

/// <summary>What the browser receives: the stream position the fragments reflect, and the turbo-stream HTML.</summary>
public sealed record FragmentsMessage(long Sequence, string Html);
