using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Logging;
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
    /// <summary>The live parts of a participant's page: the element ids the page gives them, and what is rendered into each.</summary>
    public static IReadOnlyList<LivePart> PlayParts { get; } =
    [
        new("status", typeof(StatusBar)),
        new("feed", typeof(FeedList), new GrowingList(FeedList.EntriesId, typeof(FeedEntries), NewestFirst: false, FeedList.EmptyId)),
        new("observations", typeof(ObservationList)),
        new("actions", typeof(ActionList)),
    ];

    /// <inheritdoc cref="RenderAsync"/>
    public Task<string> RenderPlayAsync(PlayPageView page, string culture, long after = 0, SentParts? sent = null) =>
        RenderAsync(PlayParts, nameof(StatusBar.Page), page, culture, after, sent);

    /// <summary>
    /// Renders each part with the one parameter <paramref name="parameter"/> = <paramref name="model"/>, in
    /// <paramref name="culture"/>, as turbo-stream actions: the one way every live page (participant or
    /// facilitator) turns a view into what is pushed. With <paramref name="after"/> = 0 every part is
    /// rendered and sent whole. Otherwise (a push that continues from sequence <paramref name="after"/>,
    /// which the browser must already show) a growing part sends only its newer entries, and a part
    /// that reads as it was last sent to the group (<paramref name="sent"/>) is left out.
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
                var streams = new StringBuilder();
                var whole = ParameterView.FromDictionary(new Dictionary<string, object?> { [parameter] = model });
                foreach (var part in parts)
                {
                    if (after > 0 && part.Grows is { } list)
                    {
                        var newer = ParameterView.FromDictionary(new Dictionary<string, object?>
                        {
                            [parameter] = model,
                            [GrowingList.AfterParameter] = after,
                        });
                        var entries = (await renderer.RenderComponentAsync(list.Entries, newer)).ToHtmlString();
                        if (!string.IsNullOrWhiteSpace(entries))
                        {
                            TurboStreams.AppendAdd(streams, list.Target, entries, list.NewestFirst);
                            TurboStreams.AppendRemove(streams, list.EmptyTarget);
                        }

                        continue;
                    }

                    var html = (await renderer.RenderComponentAsync(part.Component, whole)).ToHtmlString();
                    if (after == 0)
                    {
                        sent?.Sent(part.Target, html);
                    }
                    else if (sent?.AlreadySent(part.Target, html) == true)
                    {
                        continue;
                    }

                    TurboStreams.AppendUpdate(streams, part.Target, html);
                }

                return streams.ToString();
            }
            finally
            {
                (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (previous, previousUi);
            }
        });
    }
}
