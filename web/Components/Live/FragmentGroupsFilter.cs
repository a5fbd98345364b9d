using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.SignalR;
using ReferralSim.Web.Application.Play;
using ReferralSim.Web.Hubs;

namespace ReferralSim.Web.Components.Live;

/// <summary>
/// After a participant's <c>JoinSession</c> or a facilitator's <c>WatchSession</c> succeeds, puts the
/// connection in the fragment group of its audience (the role, or the facilitator) and UI language
/// (the culture of the connection's request: <c>?culture=</c> or the cookie), leaving the one it was
/// in. The hub's own authorization has run by then. Only connections that ask for HTML
/// (<c>?fragments=html</c>, as the live pages do) get fragments: other clients (bots, tools) read
/// the JSON events, and rendering pages nobody shows is the most expensive thing a push can do.
/// </summary>
public sealed class FragmentGroupsFilter(FragmentGroups groups) : IHubFilter
{
    private const string GroupKey = "fragment-group";

    /// <summary>The query parameter, on the hub's URL, by which a connection asks for HTML fragments.</summary>
    public const string FragmentsQuery = "fragments";

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        ArgumentNullException.ThrowIfNull(invocationContext);
        ArgumentNullException.ThrowIfNull(next);
        var result = await next(invocationContext);
        var context = invocationContext.Context;
        if (!WantsFragments(context))
        {
            return result;
        }

        var culture = UiText.Normalize(context.GetHttpContext()?.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture.Name);
        var group = (invocationContext.HubMethodName, result) switch
        {
            (nameof(SessionHub.JoinSession), HubReply<ParticipantSnapshot> { Ok: true, Data: { Role: { } role } participant }) =>
                FragmentGroups.Name(participant.SessionId, role, culture),
            (nameof(SessionHub.WatchSession), HubReply<FacilitatorSnapshot> { Ok: true, Data: { } facilitator }) =>
                FragmentGroups.Facilitator(facilitator.Session.Id, culture),
            _ => null,
        };
        if (group is not null)
        {
            var previous = context.Items.TryGetValue(GroupKey, out var old) ? old as string : null;
            if (previous != group)
            {
                if (previous is not null)
                {
                    await invocationContext.Hub.Groups.RemoveFromGroupAsync(context.ConnectionId, previous);
                    groups.Left(previous);
                }

                await invocationContext.Hub.Groups.AddToGroupAsync(context.ConnectionId, group);
                groups.Joined(group);
                context.Items[GroupKey] = group;
            }
        }

        return result;
    }

    /// <summary>Whether the connection asked for HTML fragments (a live page) rather than JSON events.</summary>
    public static bool WantsFragments(HubCallerContext context) =>
        string.Equals(context.GetHttpContext()?.Request.Query[FragmentsQuery].ToString(), "html", StringComparison.Ordinal);

    public async Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.Context.Items.TryGetValue(GroupKey, out var group) && group is string name)
        {
            groups.Left(name);
        }

        await next(context, exception);
    }
}
