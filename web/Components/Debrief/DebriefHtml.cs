using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using ReferralSim.Engine.Debrief;

namespace ReferralSim.Web.Components.Debrief;

/// <summary>Renders the debrief components to a standalone HTML document, outside any web request.</summary>
public static class DebriefHtml
{
    public static Task<string> RenderAsync(DebriefReport report, DebriefOptions options) =>
        RenderAsync<DebriefReportView>(new Dictionary<string, object?> { ["Report"] = report, ["Options"] = options });

    public static Task<string> RenderAsync(DebriefComparison comparison, string language, bool showScores) =>
        RenderAsync<DebriefComparisonView>(new Dictionary<string, object?>
        {
            ["Comparison"] = comparison, ["Language"] = language, ["ShowScores"] = showScores,
        });

    private static async Task<string> RenderAsync<TComponent>(Dictionary<string, object?> parameters) where TComponent : IComponent
    {
        var services = new ServiceCollection();
        services.AddLogging();
        await using var provider = services.BuildServiceProvider();
        await using var renderer = new HtmlRenderer(provider, NullLoggerFactory.Instance);
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters));
            return output.ToHtmlString();
        });
        return "<!DOCTYPE html>\n" + html;
    }
}
