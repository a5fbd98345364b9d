using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.ObjectPool;
using ReferralSim.Web.Application.Play;
using ReferralSim.Web.Components.Play;

namespace ReferralSim.Web.Components.Live;

/// <summary>
/// Renders the live parts of a page outside a request, with <see cref="HtmlRenderer"/> (always
/// through its dispatcher), in a given UI language, as turbo-stream HTML. Each render has a
/// renderer of its own, disposed with it: a renderer keeps every component it has rendered (and its
/// parameters, the page's whole view) until it is disposed, so one long-lived renderer kept every
/// push of every session. Renders also run side by side instead of queueing on one dispatcher.
/// </summary>
public sealed class FragmentRenderer(IServiceProvider services, ILoggerFactory loggers)
{
    // Every push of every group is written into a text buffer: reused, instead of one grown anew per
    // render (a push is about a kilobyte; a whole page some tens of kilobytes).
    private static readonly ObjectPool<StringBuilder> Buffers =
        new DefaultObjectPoolProvider().CreateStringBuilderPool(initialCapacity: 4 * 1024, maximumRetainedCapacity: 64 * 1024);

    /// <summary>The live parts of a participant's page: the element ids the page gives them, and what is rendered into each.</summary>
    public static IReadOnlyList<LivePart> PlayParts { get; } =
    [
        LivePart.Whole<StatusBar, PlayPageView, StatusBarInputs>("status", StatusBarInputs.Of),
        LivePart.Growing<FeedList>("feed", new GrowingList(FeedList.EntriesId, typeof(FeedEntries), NewestFirst: false, FeedList.EmptyId)),
        LivePart.Whole<ObservationList, PlayPageView, ObservationListInputs>("observations", ObservationListInputs.Of),
        LivePart.Whole<ActionList, PlayPageView, ActionListInputs>("actions", ActionListInputs.Of),
    ];

    /// <inheritdoc cref="RenderAsync"/>
    public Task<string> RenderPlayAsync(PlayPageView page, string culture, long after = 0, SentParts? sent = null) =>
        RenderAsync(PlayParts, nameof(FeedList.Page), page, culture, after, sent);

    /// <summary>
    /// Renders each part in <paramref name="culture"/>, as turbo-stream actions: the one way every live
    /// page (participant or facilitator) turns a view into what is pushed. A part rendered whole gets its
    /// inputs, worked out from <paramref name="model"/>; a growing part gets the model itself, as its
    /// parameter <paramref name="parameter"/>. With <paramref name="after"/> = 0 every part is rendered
    /// and sent whole. Otherwise (a push that continues from sequence <paramref name="after"/>, which the
    /// browser must already show) a growing part sends only its newer entries, and a part whose inputs
    /// equal those it was last sent to the group from (<paramref name="sent"/>) is neither rendered nor sent.
    /// </summary>
    public async Task<string> RenderAsync(IReadOnlyList<LivePart> parts, string parameter, object model, string culture, long after = 0,
        SentParts? sent = null)
    {
        ArgumentNullException.ThrowIfNull(parts);
        await using var renderer = new HtmlRenderer(services, loggers);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var (previous, previousUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
            var info = CultureInfo.GetCultureInfo(UiText.Normalize(culture));
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = info;
            try
            {
                var text = Buffers.Get();
                using var streams = new StringWriter(text, CultureInfo.InvariantCulture);
                foreach (var part in parts)
                {
                    if (part.Grows is { } list)
                    {
                        if (after == 0)
                        {
                            await WriteStreamAsync(renderer, streams, TurboStreams.Action.Update, part.Target, part.Component, parameter, model);
                            continue;
                        }

                        var added = await WriteStreamAsync(renderer, streams, list.NewestFirst ? TurboStreams.Action.Prepend : TurboStreams.Action.Append,
                            list.Target, list.Entries, parameter, model, (GrowingList.AfterParameter, after), omitWhenEmpty: true);
                        if (added)
                        {
                            TurboStreams.Remove(streams, list.EmptyTarget);
                        }

                        continue;
                    }

                    var inputs = part.Inputs!(model);
                    if (after == 0)
                    {
                        sent?.Sent(part.Target, inputs);
                    }
                    else if (sent?.AlreadySent(part.Target, inputs) == true)
                    {
                        continue;
                    }

                    await WriteStreamAsync(renderer, streams, TurboStreams.Action.Update, part.Target, part.Component, LivePart.InputsParameter, inputs);
                }

                var html = text.ToString();
                Buffers.Return(text);
                return html;
            }
            finally
            {
                (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (previous, previousUi);
            }
        });
    }

    /// <summary>
    /// Writes one turbo stream whose content is <paramref name="component"/> rendered with the one parameter
    /// <paramref name="parameter"/> = <paramref name="value"/> (and <paramref name="extra"/>), straight into
    /// <paramref name="streams"/>. With <paramref name="omitWhenEmpty"/>, a stream whose content is only
    /// white space is taken back out; returns whether the stream was written.
    /// </summary>
    private static async Task<bool> WriteStreamAsync(HtmlRenderer renderer, StringWriter streams, TurboStreams.Action action, string target,
        Type component, string parameter, object value, (string Name, object Value)? extra = null, bool omitWhenEmpty = false)
    {
        var parameters = new Dictionary<string, object?> { [parameter] = value };
        if (extra is { } more)
        {
            parameters[more.Name] = more.Value;
        }

        var text = streams.GetStringBuilder();
        var streamStart = text.Length;
        TurboStreams.Open(streams, action, target);
        var contentStart = text.Length;
        (await renderer.RenderComponentAsync(component, ParameterView.FromDictionary(parameters))).WriteHtmlTo(streams);
        if (omitWhenEmpty && IsWhiteSpace(text, contentStart))
        {
            text.Length = streamStart;
            return false;
        }

        TurboStreams.Close(streams);
        return true;
    }

    private static bool IsWhiteSpace(StringBuilder text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
