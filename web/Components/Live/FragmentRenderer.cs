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
/// renderer of its own, created only when something is not already in the turn's
/// <see cref="RenderCache"/> and disposed with the render: a renderer keeps every component it has
/// rendered (and its parameters) until it is disposed, so one long-lived renderer kept every push of
/// every session. Renders also run side by side instead of queueing on one dispatcher.
/// </summary>
public sealed class FragmentRenderer(IServiceProvider services, ILoggerFactory loggers)
{
    // Every push's parts are gathered in a text buffer: reused, instead of one grown anew per render (a
    // push is about a kilobyte; a whole page some tens of kilobytes).
    private static readonly ObjectPool<StringBuilder> Buffers =
        new DefaultObjectPoolProvider().CreateStringBuilderPool(initialCapacity: 4 * 1024, maximumRetainedCapacity: 64 * 1024);

    /// <summary>The live parts of a participant's page: the element ids the page gives them, and what is rendered into each.</summary>
    public static IReadOnlyList<LivePart> PlayParts { get; } =
    [
        LivePart.Whole<StatusBar, PlayPageView, StatusBarInputs>("status", StatusBarInputs.Of),
        LivePart.Growing<FeedList>("feed",
            GrowingList.Of<FeedEntries, PlayPageView, FeedEntriesInputs>(FeedList.EntriesId, newestFirst: false, FeedList.EmptyId, FeedEntriesInputs.Of)),
        LivePart.Whole<ObservationList, PlayPageView, ObservationListInputs>("observations", ObservationListInputs.Of),
        LivePart.Whole<ActionList, PlayPageView, ActionListInputs>("actions", ActionListInputs.Of),
    ];

    /// <inheritdoc cref="RenderAsync"/>
    public Task<string> RenderPlayAsync(PlayPageView page, string culture, long after = 0, SentParts? sent = null, RenderCache? cache = null) =>
        RenderAsync(PlayParts, nameof(FeedList.Page), page, culture, after, sent, cache);

    /// <summary>
    /// Renders each part in <paramref name="culture"/>, as turbo-stream actions: the one way every live
    /// page (participant or facilitator) turns a view into what is pushed. A part rendered whole gets its
    /// inputs, worked out from <paramref name="model"/>; a growing part rendered whole gets the model
    /// itself, as its parameter <paramref name="parameter"/>, and its new entries get their own inputs,
    /// worked out from the model and <paramref name="after"/>. With <paramref name="after"/> = 0 every
    /// part is rendered and sent whole. Otherwise (a push that continues from sequence <paramref name="after"/>, which the
    /// browser must already show) a growing part sends only its newer entries, and a part whose inputs
    /// equal those it was last sent to the group from (<paramref name="sent"/>) is neither rendered nor
    /// sent. What <paramref name="cache"/> already holds (rendered for another group in this turn) is
    /// not rendered again.
    /// </summary>
    public async Task<string> RenderAsync(IReadOnlyList<LivePart> parts, string parameter, object model, string culture, long after = 0,
        SentParts? sent = null, RenderCache? cache = null)
    {
        ArgumentNullException.ThrowIfNull(parts);
        cache ??= new RenderCache();
        var language = CultureInfo.GetCultureInfo(UiText.Normalize(culture));
        await using var components = new ComponentRenderer(services, loggers, language);
        var text = Buffers.Get();
        try
        {
            foreach (var part in parts)
            {
                if (part.Grows is { } list)
                {
                    if (after == 0)
                    {
                        TurboStreams.Write(text, TurboStreams.Action.Update, part.Target, await components.RenderAsync(part.Component, parameter, model));
                        continue;
                    }

                    var entries = list.EntriesInputs(model, after);
                    var added = await RenderCachedAsync(components, cache, list.Entries, entries);
                    if (!string.IsNullOrWhiteSpace(added))
                    {
                        TurboStreams.Write(text, list.NewestFirst ? TurboStreams.Action.Prepend : TurboStreams.Action.Append, list.Target, added);
                        TurboStreams.Write(text, TurboStreams.Action.Remove, list.EmptyTarget, "");
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

                TurboStreams.Write(text, TurboStreams.Action.Update, part.Target, await RenderCachedAsync(components, cache, part.Component, inputs));
            }

            return text.ToString();
        }
        finally
        {
            // Returned even when a render fails, so the pool keeps its buffers.
            Buffers.Return(text);
        }
    }

    private static async Task<string> RenderCachedAsync(ComponentRenderer components, RenderCache cache, Type component, object inputs)
    {
        if (cache.TryGet(component, components.Culture.Name, inputs, out var html))
        {
            return html;
        }

        html = await components.RenderAsync(component, LivePart.InputsParameter, inputs);
        cache.Add(component, components.Culture.Name, inputs, html);
        return html;
    }

    /// <summary>Renders components in one UI language, with a renderer created on first use and disposed with this.</summary>
    private sealed class ComponentRenderer(IServiceProvider services, ILoggerFactory loggers, CultureInfo culture) : IAsyncDisposable
    {
        private HtmlRenderer? _renderer;

        public CultureInfo Culture => culture;

        public Task<string> RenderAsync(Type component, string parameter, object value)
        {
            var renderer = _renderer ??= new HtmlRenderer(services, loggers);
            return renderer.Dispatcher.InvokeAsync(async () =>
            {
                var (previous, previousUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
                try
                {
                    var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { [parameter] = value });
                    return (await renderer.RenderComponentAsync(component, parameters)).ToHtmlString();
                }
                finally
                {
                    (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (previous, previousUi);
                }
            });
        }

        public ValueTask DisposeAsync() => _renderer?.DisposeAsync() ?? ValueTask.CompletedTask;
    }
}
