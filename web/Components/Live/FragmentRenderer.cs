using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Logging;
using ReferralSim.Web.Application.Play;
using ReferralSim.Web.Components.Play;

namespace ReferralSim.Web.Components.Live;

/// <summary>
/// Renders the live parts of a participant's page outside a request, with <see cref="HtmlRenderer"/>
/// (always through its dispatcher), in a given UI language, as turbo-stream HTML. Each render has a
/// renderer of its own, disposed with it: a renderer keeps every component it has rendered (and its
/// parameters, the page's whole view) until it is disposed, so one long-lived renderer kept every
/// push of every session. Renders also run side by side instead of queueing on one dispatcher.
/// </summary>
public sealed class FragmentRenderer(IServiceProvider services, ILoggerFactory loggers)
{

    /// <summary>The element ids the page gives the live parts, and the component rendered into each.</summary>
    public static IReadOnlyList<(string Target, Type Component)> Parts { get; } =
    [
        ("status", typeof(StatusBar)),
        ("feed", typeof(FeedList)),
        ("observations", typeof(ObservationList)),
        ("actions", typeof(ActionList)),
    ];

    public Task<string> RenderPlayAsync(PlayPageView page, string culture) => RenderAsync(Parts, nameof(StatusBar.Page), page, culture);

    /// <summary>
    /// Renders each part with the one parameter <paramref name="parameter"/> = <paramref name="model"/>, in
    /// <paramref name="culture"/>, as turbo-stream updates of its target: the one way every live page
    /// (participant or facilitator) turns a view into what is pushed.
    /// </summary>
    public async Task<string> RenderAsync(IReadOnlyList<(string Target, Type Component)> parts, string parameter, object model, string culture)
    {
        await using var renderer = new HtmlRenderer(services, loggers);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var (previous, previousUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
            var info = CultureInfo.GetCultureInfo(UiText.Normalize(culture));
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = info;
            try
            {
                var streams = new StringBuilder();
                var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { [parameter] = model });
                foreach (var (target, component) in parts)
                {
                    var output = await renderer.RenderComponentAsync(component, parameters);
                    TurboStreams.AppendUpdate(streams, target, output.ToHtmlString());
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
