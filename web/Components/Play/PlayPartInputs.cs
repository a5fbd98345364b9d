using ReferralSim.Engine.Runtime.Events;
using ReferralSim.Engine.Runtime.Views;
using ReferralSim.Web.Application.Play;
using ReferralSim.Web.Components.Live;

namespace ReferralSim.Web.Components.Play;

/// <summary>
/// What the status bar shows: the run's phase (null before a role is taken, when it shows nothing),
/// the clock as text and as the page's clock controller reads it, and how the run ended.
/// </summary>
public sealed record StatusBarInputs(RunPhase? Phase, string Clock, ClockReading Reading, string? Ending)
{
    public static StatusBarInputs Of(PlayPageView page) =>
        new(page.View?.Phase, page.View?.Clock ?? "", page.Clock, page.View?.Ending?.Text);
}

/// <summary>What the role has seen, and whether it may note concerns now (the run is running); no list before a role is taken.</summary>
public sealed record ObservationListInputs(ValueList<ObservationView>? Observations, bool CanNote)
{
    public static ObservationListInputs Of(PlayPageView page) =>
        new(page.View?.Observations.ToValueList(), page.View?.Phase == RunPhase.Running);
}

/// <summary>The role's actions, available or with the reason why not; no list before a role is taken.</summary>
public sealed record ActionListInputs(ValueList<ActionView>? Actions)
{
    public static ActionListInputs Of(PlayPageView page) => new(page.View?.Actions.ToValueList());
}

/// <summary>What kind of entry a feed line is: how it is worded, and its style.</summary>
public enum FeedEntryKind
{
    Narration,
    Observation,
    Message,
    Action,
    Noted,
    NotedWhat,
    Referral,
    Started,
    Paused,
    Resumed,
    Bot,
    Ended,
}

/// <summary>
/// One line of a role's feed with its words worked out: its position in the run (its element id), its
/// kind, its time on the scenario's clock, the names a sentence of its kind takes (roles, an action,
/// a service, an observation), and the scenario's own text where it has one.
/// </summary>
public sealed record FeedEntryView(long Position, FeedEntryKind Kind, string Time, ValueList<string> Names, string? Text);

/// <summary>
/// The lines of a role's feed after position <paramref name="After"/> (all of them from 0), oldest first.
/// Two roles shown the same new lines in one push have equal inputs, so the lines are rendered once.
/// </summary>
public sealed record FeedEntriesInputs(ValueList<FeedEntryView> Entries)
{
    public static FeedEntriesInputs Of(PlayPageView page, long after)
    {
        var feed = page.Feed;

        // Entries are in position order: walk back from the newest, so a push costs what it adds, not the feed's length.
        var first = feed.Count;
        while (first > 0 && feed[first - 1].Position > after)
        {
            first--;
        }

        var entries = new List<FeedEntryView>(feed.Count - first);
        for (var i = first; i < feed.Count; i++)
        {
            if (EntryOf(page, feed[i]) is { } entry)
            {
                entries.Add(entry);
            }
        }

        return new FeedEntriesInputs(new ValueList<FeedEntryView>(entries));
    }

    private static FeedEntryView? EntryOf(PlayPageView page, FeedEvent entry)
    {
        FeedEntryView Line(FeedEntryKind kind, string? text = null, params string[] names) =>
            new(entry.Position, kind, page.TimeOf(entry.Event), new ValueList<string>(names), text);

        return entry.Event switch
        {
            Narrated narrated => Line(FeedEntryKind.Narration, narrated.Text),
            IndicatorRevealed revealed => Line(FeedEntryKind.Observation, revealed.Text),
            MessageSent message => Line(FeedEntryKind.Message, message.Text, page.RoleName(message.From), page.RoleNames(message.To)),
            ActionPerformed action => Line(FeedEntryKind.Action, null, page.RoleName(action.Role), page.ActionLabel(action.Action)),
            ConcernNoted noted => page.ObservationText(noted.Indicator) is { } seen
                ? Line(FeedEntryKind.NotedWhat, null, page.RoleName(noted.Role), seen)
                : Line(FeedEntryKind.Noted, null, page.RoleName(noted.Role)),
            ReferralMade referral => Line(FeedEntryKind.Referral, null, page.RoleName(referral.Role), page.ServiceName(referral.Service)),
            RunStarted => Line(FeedEntryKind.Started),
            RunPaused => Line(FeedEntryKind.Paused),
            RunResumed => Line(FeedEntryKind.Resumed),
            BotAssigned bot => Line(FeedEntryKind.Bot, null, page.RoleName(bot.Role)),
            RunEnded ended => Line(FeedEntryKind.Ended, ended.Text),
            _ => null,
        };
    }
}
