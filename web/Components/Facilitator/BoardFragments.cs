using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Logging;
using ReferralSim.Web.Application.Dispatching;
using ReferralSim.Web.Application.Facilitators;
using ReferralSim.Web.Application.Play;
using ReferralSim.Web.Application.Sessions;
using ReferralSim.Web.Components.Live;
using ReferralSim.Web.Hubs;
using ReferralSim.Web.Sessions;
using ReferralSim.Web.Storage;

namespace ReferralSim.Web.Components.Facilitator;

/// <summary>
/// Renders the live parts of the facilitator's board outside a request (through the renderer's
/// dispatcher), in a UI language, as turbo-stream HTML.
/// </summary>
public sealed class BoardFragmentRenderer(FragmentRenderer renderer)
{
    /// <summary>The element ids the board gives the live parts, and the component rendered into each.</summary>
    public static IReadOnlyList<LivePart> Parts { get; } =
    [
        LivePart.Whole<BoardStatus, FacilitatorBoard, BoardStatusInputs>("board-status", BoardStatusInputs.Of),
        LivePart.Whole<BoardControls, FacilitatorBoard, BoardControlsInputs>("board-controls", BoardControlsInputs.Of),
        LivePart.Whole<BoardPeople, FacilitatorBoard, BoardPeopleInputs>("board-people", BoardPeopleInputs.Of),
        LivePart.Whole<BoardRoles, FacilitatorBoard, BoardRolesInputs>("board-roles", BoardRolesInputs.Of),
        LivePart.Whole<BoardGraphPosition, FacilitatorBoard, BoardGraphPositionInputs>("board-graph-position", BoardGraphPositionInputs.Of),
        LivePart.Growing<BoardFeed>("board-feed",
            GrowingList.Of<BoardFeedEntries, FacilitatorBoard, BoardFeedEntriesInputs>(BoardFeed.EntriesId, newestFirst: true, BoardFeed.EmptyId, BoardFeedEntriesInputs.Of)),
    ];

    /// <summary>The group of a session's facilitator connections in one UI language (a role id cannot start with '$').</summary>
    public static string Group(Guid sessionId, string culture) => FragmentGroups.Facilitator(sessionId, culture);

    /// <inheritdoc cref="FragmentRenderer.RenderAsync"/>
    public Task<string> RenderAsync(FacilitatorBoard board, string culture, long after = 0, SentParts? sent = null, RenderCache? cache = null) =>
        renderer.RenderAsync(Parts, nameof(BoardFeed.Board), board, culture, after, sent, cache);
}

/// <summary>
/// Pushes the board's fragments to the facilitator's group in each UI language someone uses: when
/// events are committed (built inside the session's single writer, so it reads the run as it is)
/// and when the lobby changes (someone joined, a role changed hands: read between commands);
/// rendered and sent off the single writer by <see cref="FragmentPusher"/>.
/// </summary>
public sealed class BoardFragmentPublisher(FragmentPusher pushes, BoardFragmentRenderer renderer, FragmentGroups groups,
    ISessionStore sessions, LiveSessionRegistry registry) : INotificationHandler<EventsCommitted>, INotificationHandler<LobbyChanged>
{
    public async Task Handle(EventsCommitted notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var session = notification.Session;
        if (notification.Events.Count == 0 || !Watched(session.Id))
        {
            return;
        }

        var participants = await sessions.ListParticipantsAsync(session.Id, cancellationToken);
        Push(FacilitatorBoard.Build(session, participants), after: notification.Events[0].Sequence - 1);
    }

    public async Task Handle(LobbyChanged notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        if (!Watched(notification.SessionId))
        {
            return;
        }

        var participants = await sessions.ListParticipantsAsync(notification.SessionId, cancellationToken);
        var session = await registry.GetAsync(notification.SessionId);
        Push(await session.ReadAsync(s => FacilitatorBoard.Build(s, participants)), after: 0);
    }

    private bool Watched(Guid sessionId) => UiText.Cultures.Any(c => groups.HasMembers(BoardFragmentRenderer.Group(sessionId, c)));

    /// <summary>
    /// Queues the board for rendering and pushing off the session's single writer: with the events
    /// after sequence <paramref name="after"/> added to the feed, or (0) whole.
    /// </summary>
    private void Push(FacilitatorBoard board, long after)
    {
        foreach (var culture in UiText.Cultures)
        {
            var group = BoardFragmentRenderer.Group(board.SessionId, culture);
            if (groups.HasMembers(group))
            {
                pushes.Enqueue(board.SessionId, group, after, board.Version, (since, sent, rendered) => renderer.RenderAsync(board, culture, since, sent, rendered));
            }
        }
    }
}

