using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ReferralSim.Web.Application;
using ReferralSim.Web.Application.Dispatching;
using ReferralSim.Web.Application.Sessions;
using ReferralSim.Web.Auth;
using ReferralSim.Web.Components.Debrief;
using ReferralSim.Web.Components.Facilitator;

namespace ReferralSim.Web.Endpoints;

/// <summary>
/// Sessions side by side (day 1 and day 3 of a workshop): the page with the comparison framed like
/// the debrief, the standalone frame, and its HTML download. The sessions come as repeated
/// <c>session</c> query values, ticked in the library; a refusal shows the library with its reason.
/// </summary>
public static partial class FacilitatorPageEndpoints
{
    private static void MapComparison(RouteGroupBuilder pages)
    {
        pages.MapGet("/compare", ComparePageAsync);
        pages.MapGet("/compare/report", CompareFrameAsync);
        pages.MapGet("/compare.html", CompareExportAsync);
    }

    private static async Task<IResult> ComparePageAsync(HttpContext http, ISender sender, string? scores)
    {
        try
        {
            var compared = await CompareAsync(http, sender, scores);
            return Page<ComparePage>(StatusCodes.Status200OK,
                (nameof(ComparePage.Sessions), compared.SessionIds), (nameof(ComparePage.Labels), compared.Comparison.Runs.Select(r => r.Label).ToList()),
                (nameof(ComparePage.ScenarioTitle), compared.ScenarioTitle), (nameof(ComparePage.ScenarioLanguage), compared.Language),
                (nameof(ComparePage.ShowScores), scores != "hide"));
        }
        catch (AppException refused)
        {
            var status = refused.Code.StartsWith("compare-", StringComparison.Ordinal)
                ? StatusCodes.Status422UnprocessableEntity
                : AppResults.StatusOf(refused.Code);
            return await LibraryPageAsync(http, sender, refused.Code, status);
        }
    }

    /// <summary>The standalone comparison for the page's frame.</summary>
    private static async Task<IResult> CompareFrameAsync(HttpContext http, ISender sender, string? scores)
    {
        try
        {
            var compared = await CompareAsync(http, sender, scores);
            return FramedDocument(http, await DebriefHtml.RenderAsync(compared.Comparison, compared.Language, scores != "hide"));
        }
        catch (AppException refused)
        {
            return AppResults.From(refused);
        }
    }

    private static async Task<IResult> CompareExportAsync(HttpContext http, ISender sender, string? scores)
    {
        try
        {
            var compared = await CompareAsync(http, sender, scores);
            var html = await DebriefHtml.RenderAsync(compared.Comparison, compared.Language, scores != "hide");
            http.Response.Headers.CacheControl = "no-store";
            return Results.File(Encoding.UTF8.GetBytes(html), "text/html; charset=utf-8", $"comparison-{compared.Comparison.ScenarioId}.html");
        }
        catch (AppException refused)
        {
            return AppResults.From(refused);
        }
    }

    private static Task<SessionComparison> CompareAsync(HttpContext http, ISender sender, string? scores)
    {
        var ids = new List<Guid>();
        foreach (var value in http.Request.Query["session"])
        {
            if (!Guid.TryParse(value, out var id))
            {
                throw new AppException("unknown-session", "there is no such session");
            }

            ids.Add(id);
        }

        return sender.Send(new SessionComparisonQuery(Caller.From(http.User), ids, scores != "hide"), http.RequestAborted);
    }
}
