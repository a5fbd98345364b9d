using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using ReferralSim.Web.Application;
using ReferralSim.Web.Application.Authoring;
using ReferralSim.Web.Application.Dispatching;
using ReferralSim.Web.Auth;
using ReferralSim.Web.Components;
using ReferralSim.Web.Components.Author;
using ReferralSim.Web.Components.Debrief;
using ReferralSim.Web.Components.Help;
using ReferralSim.Web.Hosting;
using ReferralSim.Web.Library;

namespace ReferralSim.Web.Endpoints;

/// <summary>
/// The author workbench and the in-app help. The workbench is one form (check, bot dry run, save,
/// upload; each answered with the page, 422 on a refusal) that script enhances: a YAML editor whose
/// text is checked as the author types (<c>POST /api/author/check</c>, JSON) and a drawn graph.
/// Facilitators only: a page request without the cookie goes to <c>/sign-in</c>, an API call gets 401.
/// </summary>
public static class AuthorEndpoints
{
    public const string WorkbenchPath = "/author";

    /// <summary>How long a dry run's debrief stays available to the facilitator who ran it.</summary>
    public static readonly TimeSpan DebriefLifetime = TimeSpan.FromMinutes(30);

    /// <summary>The debrief document's own policy: no script at all, its inline styles, framed by our pages only.</summary>
    private const string DebriefPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

    public sealed record CheckBody(string? Yaml);

    public static IServiceCollection AddReferralSimAuthoring(this IServiceCollection services, ServerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        services.AddMemoryCache();
        services.AddHostedService<AuthoredVersionsLoader>();
        // The guide sits beside the scenarios folder (the repository's layout: scenarios/, facilitator-guide/).
        services.AddSingleton(_ => new HelpGuide(Path.Combine(Path.GetDirectoryName(settings.ScenariosFolder.TrimEnd('/', '\\')) ?? ".", "facilitator-guide")));
        return services;
    }

    public static IEndpointRouteBuilder MapAuthorPages(this IEndpointRouteBuilder app)
    {
        app.MapGet(WorkbenchPath, WorkbenchAsync);
        app.MapPost(WorkbenchPath, PostAsync);
        app.MapGet("/author/debriefs/{id:guid}", Debrief);
        var api = app.MapGroup("/api/author").RequireAuthorization(p => p.AddAuthenticationSchemes(AuthSchemes.Facilitator).RequireClaim(Caller.FacilitatorClaim));
        api.MapPost("/check", (CheckBody body, ISender sender, HttpContext http) => AppResults.Try(async () =>
            Results.Ok(await sender.Send(new CheckScenarioQuery(Caller.From(http.User), body.Yaml ?? ""), http.RequestAborted))));
        api.MapGet("/graph/{scenarioId}", (string scenarioId, ISender sender, HttpContext http) => AppResults.Try(async () =>
            Results.Ok(await sender.Send(new ScenarioGraphQuery(Caller.From(http.User), scenarioId), http.RequestAborted))));

        app.MapGet("/help", (HelpGuide guide) => HelpResult(guide, null, StatusCodes.Status200OK));
        app.MapGet("/help/{**page}", (string? page, HelpGuide guide) => guide.Find(page) is { } found
            ? (IResult)HelpResult(guide, found, StatusCodes.Status200OK)
            : new RazorComponentResult<HelpNotFound>(new Dictionary<string, object?> { [nameof(HelpNotFound.Guide)] = guide }) { StatusCode = StatusCodes.Status404NotFound });
        app.MapGet("/help-assets/{**path}", (string? path, HelpGuide guide) => guide.Asset(path) is { } file
            ? (IResult)Results.File(file, HelpGuide.AssetTypes[Path.GetExtension(file)])
            : Results.NotFound());
        return app;
    }

    private static RazorComponentResult<HelpView> HelpResult(HelpGuide guide, HelpPage? page, int status) =>
        new(new Dictionary<string, object?> { [nameof(HelpView.Guide)] = guide, [nameof(HelpView.Page)] = page }) { StatusCode = status };

    private static async Task<IResult> WorkbenchAsync(HttpContext http, ScenarioLibrary library, ISender sender, string? scenario)
    {
        if (await FacilitatorAsync(http) is not { } caller)
        {
            return SignIn();
        }

        http.Response.Headers.CacheControl = "no-store";
        var chosen = scenario is null ? null : library.Find(scenario);
        var view = new AuthorPageView
        {
            Library = Entries(library),
            SelectedId = chosen?.Id,
            Yaml = chosen?.Yaml ?? "",
            Error = scenario is not null && chosen is null ? "unknown-scenario" : null,
        };
        if (chosen is not null)
        {
            view = view with { Diagnostics = (await sender.Send(new CheckScenarioQuery(caller, chosen.Yaml), http.RequestAborted)).Diagnostics };
        }

        return Page(view, chosen is null && scenario is not null ? StatusCodes.Status404NotFound : StatusCodes.Status200OK);
    }

    /// <summary>The workbench form: <c>intent</c> is check, dry-run, save or upload.</summary>
    private static async Task<IResult> PostAsync(HttpContext http, ScenarioLibrary library, ISender sender, IAntiforgery antiforgery, IMemoryCache cache)
    {
        if (await FacilitatorAsync(http) is not { } caller)
        {
            return SignIn();
        }

        var view = new AuthorPageView { Library = Entries(library) };
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return Page(view with { Error = "form-expired" }, StatusCodes.Status400BadRequest);
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var intent = form["intent"].ToString();
        var yaml = form["yaml"].ToString();
        var bots = form["bots"].ToString() is "random" ? "random" : "expert";
        var seed = int.TryParse(form["seed"], out var s) && s > 0 ? s : 1;
        view = view with { Yaml = yaml, Bots = bots, Seed = seed };
        try
        {
            switch (intent)
            {
                case "upload":
                    var file = form.Files["file"];
                    if (file is null || file.Length == 0)
                    {
                        return Page(view with { Error = "no-file" }, StatusCodes.Status422UnprocessableEntity);
                    }

                    if (file.Length > AuthorRules.MaxScenarioBytes)
                    {
                        return Page(view with { Error = "scenario-too-large" }, StatusCodes.Status422UnprocessableEntity);
                    }

                    using (var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8))
                    {
                        view = view with { Yaml = await reader.ReadToEndAsync(http.RequestAborted) };
                    }

                    return Page(view with { Diagnostics = (await sender.Send(new CheckScenarioQuery(caller, view.Yaml), http.RequestAborted)).Diagnostics },
                        StatusCodes.Status200OK);
                case "dry-run":
                    var run = await sender.Send(new DryRunCommand(caller, yaml, bots, seed, UiText.Current), http.RequestAborted);
                    string? url = null;
                    if (run.Report is { } report)
                    {
                        var id = Guid.NewGuid();
                        cache.Set(DebriefKey(id), (caller.FacilitatorId, await DebriefHtml.RenderAsync(report, run.Options)), DebriefLifetime);
                        url = $"/author/debriefs/{id}";
                    }

                    return Page(view with
                    {
                        Diagnostics = run.Diagnostics,
                        DryRun = new AuthorDryRunView(bots, seed, run.Outcome, run.EventCount, run.Report?.Score, run.Report?.MaxScore, url),
                    }, StatusCodes.Status200OK);
                case "save":
                    var saved = await sender.Send(new SaveScenarioVersionCommand(caller, yaml), http.RequestAborted);
                    return Page(view with
                    {
                        Library = Entries(library),
                        SelectedId = saved.ScenarioId,
                        Saved = saved,
                        Diagnostics = (await sender.Send(new CheckScenarioQuery(caller, yaml), http.RequestAborted)).Diagnostics,
                    }, StatusCodes.Status200OK);
                default:
                    return Page(view with { Diagnostics = (await sender.Send(new CheckScenarioQuery(caller, yaml), http.RequestAborted)).Diagnostics },
                        StatusCodes.Status200OK);
            }
        }
        catch (AppException refused)
        {
            var diagnostics = refused.Code == "scenario-too-large" ? null
                : (await sender.Send(new CheckScenarioQuery(caller, yaml), http.RequestAborted)).Diagnostics;
            return Page(view with { Error = refused.Code, ErrorDetail = refused.Message, Diagnostics = diagnostics }, StatusCodes.Status422UnprocessableEntity);
        }
    }

    /// <summary>A dry run's debrief as the standalone document the CLI also writes, for an iframe of the workbench.</summary>
    private static IResult Debrief(Guid id, HttpContext http, IMemoryCache cache)
    {
        var caller = Caller.From(http.User);
        if (caller is not FacilitatorCaller facilitator
            || !cache.TryGetValue(DebriefKey(id), out (Guid Owner, string Html) debrief) || debrief.Owner != facilitator.FacilitatorId)
        {
            return Results.NotFound();
        }

        http.Response.Headers.ContentSecurityPolicy = DebriefPolicy;
        http.Response.Headers.CacheControl = "no-store";
        return Results.Content(debrief.Html, "text/html; charset=utf-8");
    }

    private static string DebriefKey(Guid id) => $"author-debrief:{id:N}";

    private static List<AuthorLibraryEntry> Entries(ScenarioLibrary library) =>
        [.. library.Scenarios.OrderBy(s => s.Id, StringComparer.Ordinal).Select(s => new AuthorLibraryEntry(s.Id, s.Scenario.Definition.Version,
            s.Scenario.Definition.Title.Translations.GetValueOrDefault(UiText.Current) ?? s.Scenario.Definition.Title.Translations.Values.FirstOrDefault() ?? s.Id))];

    /// <summary>
    /// The workbench page, under the site's policy plus a nonce for styles: CodeMirror and cytoscape
    /// insert &lt;style&gt; elements, which a nonce lets through (and nothing else inline).
    /// </summary>
    private static NonceResult Page(AuthorPageView view, int status) => new(view, status);

    private sealed class NonceResult(AuthorPageView view, int status) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
            httpContext.Response.Headers.ContentSecurityPolicy =
                PageEndpoints.ContentSecurityPolicy.Replace("style-src 'self'", $"style-src 'self' 'nonce-{nonce}'", StringComparison.Ordinal);
            return new RazorComponentResult<AuthorPage>(new Dictionary<string, object?> { [nameof(AuthorPage.View)] = view with { StyleNonce = nonce } })
            {
                StatusCode = status,
            }.ExecuteAsync(httpContext);
        }
    }

    private static async Task<FacilitatorCaller?> FacilitatorAsync(HttpContext http)
    {
        var result = await http.AuthenticateAsync(AuthSchemes.Facilitator);
        return Caller.From(result.Succeeded ? result.Principal : null) as FacilitatorCaller;
    }

    private static RedirectHttpResult SignIn() => TypedResults.Redirect($"/sign-in?returnUrl={Uri.EscapeDataString(WorkbenchPath)}");

}
