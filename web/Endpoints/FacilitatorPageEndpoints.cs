using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using ReferralSim.Engine.Debrief;
using ReferralSim.Engine.Runtime.Commands;
using ReferralSim.Engine.Scenarios.Model;
using ReferralSim.Web.Application;
using ReferralSim.Web.Application.Dispatching;
using ReferralSim.Web.Application.Facilitators;
using ReferralSim.Web.Application.Play;
using ReferralSim.Web.Application.Sessions;
using ReferralSim.Web.Auth;
using ReferralSim.Web.Components;
using ReferralSim.Web.Components.Debrief;
using ReferralSim.Web.Components.Facilitator;
using ReferralSim.Web.Components.Live;
using ReferralSim.Web.Hubs;

namespace ReferralSim.Web.Endpoints;

/// <summary>
/// The facilitator's pages: first-run setup, sign-in and sign-out, the library, the join screen, the
/// lobby and live board (with its form posts: redirect after success, the board again with 422 on a
/// refusal), the board's fragments for a resync, and the debrief with its exports. Everything under
/// /facilitator needs the facilitator's cookie; the application requests check the session is theirs.
/// </summary>
public static partial class FacilitatorPageEndpoints
{
    public static IServiceCollection AddFacilitatorPages(this IServiceCollection services)
    {
        services.AddSingleton<BoardFragmentRenderer>();
        return services;
    }

    public static IEndpointRouteBuilder MapFacilitatorPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/setup", SetupPageAsync);
        app.MapPost("/setup", SetupAsync).RequireRateLimiting(RateLimits.SignIn);
        app.MapGet("/sign-in", SignInPageAsync);
        app.MapPost("/sign-in", SignInAsync).RequireRateLimiting(RateLimits.SignIn);
        app.MapPost("/sign-out", SignOutAsync);

        var pages = app.MapGroup("/facilitator")
            .RequireAuthorization(policy => policy.AddAuthenticationSchemes(AuthSchemes.Facilitator).RequireClaim(Caller.FacilitatorClaim));
        pages.MapGet("", LibraryAsync);
        pages.MapPost("/sessions", CreateSessionAsync);
        pages.MapGet("/sessions/{sessionId:guid}/join", JoinScreenAsync);
        pages.MapGet("/sessions/{sessionId:guid}", BoardAsync);
        pages.MapGet("/sessions/{sessionId:guid}/fragments", FragmentsAsync);
        pages.MapPost("/sessions/{sessionId:guid}/run", RunAsync);
        pages.MapPost("/sessions/{sessionId:guid}/assign", AssignAsync);
        pages.MapPost("/sessions/{sessionId:guid}/bots", BotsAsync);
        pages.MapGet("/sessions/{sessionId:guid}/debrief", DebriefPageAsync);
        pages.MapGet("/sessions/{sessionId:guid}/debrief/report", DebriefFrameAsync);
        pages.MapGet("/sessions/{sessionId:guid}/debrief.{format:regex(^(html|csv|json)$)}", DebriefExportAsync);
        MapComparison(pages);
        return app;
    }

    // Setup, sign-in, sign-out

    private static async Task<IResult> SetupPageAsync(ISender sender, HttpContext http) =>
        await sender.Send(new SetupNeededQuery(), http.RequestAborted)
            ? Page<SetupPage>(StatusCodes.Status200OK)
            : SeeOther("/sign-in");

    private static async Task<IResult> SetupAsync(HttpContext http, ISender sender, IAntiforgery antiforgery)
    {
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return Page<SetupPage>(StatusCodes.Status400BadRequest, (nameof(SetupPage.Error), "form-expired"));
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var userName = form["userName"].ToString().Trim();
        var password = form["password"].ToString();
        var problem = userName.Length is 0 or > 64 || userName.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)) ? "user-name-required"
            : password.Length < AddFacilitatorCommand.MinPasswordLength ? "password-too-short"
            : null;
        if (problem is not null)
        {
            return Page<SetupPage>(StatusCodes.Status422UnprocessableEntity, (nameof(SetupPage.UserName), userName), (nameof(SetupPage.Error), problem));
        }

        try
        {
            var facilitator = await sender.Send(new AddFacilitatorCommand(userName, password, OnlyIfNoneExists: true), http.RequestAborted);
            await FacilitatorEndpoints.SignInAsync(http, facilitator);
            return SeeOther("/facilitator");
        }
        catch (AppException refused)
        {
            return Page<SetupPage>(StatusCodes.Status422UnprocessableEntity, (nameof(SetupPage.UserName), userName), (nameof(SetupPage.Error), refused.Code));
        }
    }

    private static async Task<IResult> SignInPageAsync(ISender sender, HttpContext http, string? returnUrl) =>
        await sender.Send(new SetupNeededQuery(), http.RequestAborted)
            ? SeeOther("/setup")
            : Page<SignInPage>(StatusCodes.Status200OK, (nameof(SignInPage.ReturnUrl), SafeReturnUrl(returnUrl)));

    private static async Task<IResult> SignInAsync(HttpContext http, ISender sender, IAntiforgery antiforgery)
    {
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return Page<SignInPage>(StatusCodes.Status400BadRequest, (nameof(SignInPage.Error), "form-expired"));
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var userName = form["userName"].ToString().Trim();
        var returnUrl = SafeReturnUrl(form["returnUrl"].ToString());
        try
        {
            var facilitator = await sender.Send(new SignInQuery(userName, form["password"].ToString()), http.RequestAborted);
            await FacilitatorEndpoints.SignInAsync(http, facilitator);
            return SeeOther(returnUrl);
        }
        catch (AppException refused)
        {
            return Page<SignInPage>(StatusCodes.Status422UnprocessableEntity,
                (nameof(SignInPage.UserName), userName), (nameof(SignInPage.Error), refused.Code), (nameof(SignInPage.ReturnUrl), returnUrl));
        }
    }

    private static async Task<IResult> SignOutAsync(HttpContext http, IAntiforgery antiforgery)
    {
        if (await antiforgery.IsRequestValidAsync(http))
        {
            await http.SignOutAsync(AuthSchemes.Facilitator);
        }

        return SeeOther("/sign-in");
    }

    // Library and sessions

    private static async Task<IResult> LibraryAsync(HttpContext http, ISender sender) => await LibraryPageAsync(http, sender, null, StatusCodes.Status200OK);

    private static async Task<IResult> LibraryPageAsync(HttpContext http, ISender sender, string? error, int status)
    {
        var view = await sender.Send(new LibraryQuery(Caller.From(http.User), UiText.Current), http.RequestAborted);
        return Page<LibraryPage>(status, (nameof(LibraryPage.View), view), (nameof(LibraryPage.Error), error));
    }

    private static async Task<IResult> CreateSessionAsync(HttpContext http, ISender sender, IAntiforgery antiforgery)
    {
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return await LibraryPageAsync(http, sender, "form-expired", StatusCodes.Status400BadRequest);
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var seedText = form["seed"].ToString().Trim();
        int? seed = null;
        if (seedText.Length > 0)
        {
            if (!int.TryParse(seedText, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) || parsed < 1)
            {
                return await LibraryPageAsync(http, sender, "seed-invalid", StatusCodes.Status422UnprocessableEntity);
            }

            seed = parsed;
        }

        try
        {
            var created = await sender.Send(new CreateSessionCommand(Caller.From(http.User), form["scenarioId"].ToString(), seed, form["language"].ToString()),
                http.RequestAborted);
            return SeeOther($"/facilitator/sessions/{created.SessionId}/join");
        }
        catch (AppException refused)
        {
            return await LibraryPageAsync(http, sender, refused.Code, StatusCodes.Status422UnprocessableEntity);
        }
    }

    private static async Task<IResult> JoinScreenAsync(Guid sessionId, HttpContext http, ISender sender)
    {
        try
        {
            var board = await sender.Send(new FacilitatorBoardQuery(Caller.From(http.User), sessionId), http.RequestAborted);
            var url = SessionEndpoints.JoinUrl(http, board.JoinCode);
            return Page<JoinScreenPage>(StatusCodes.Status200OK,
                (nameof(JoinScreenPage.SessionId), sessionId), (nameof(JoinScreenPage.Code), board.JoinCode),
                (nameof(JoinScreenPage.JoinUrl), url), (nameof(JoinScreenPage.QrSvg), SessionEndpoints.QrSvg(url)));
        }
        catch (AppException refused)
        {
            return await LibraryPageAsync(http, sender, refused.Code, AppResults.StatusOf(refused.Code));
        }
    }

    // The board

    private static async Task<IResult> BoardAsync(Guid sessionId, HttpContext http, ISender sender)
    {
        http.Response.Headers.CacheControl = "no-store";
        return await BoardPageAsync(sessionId, http, sender, null, StatusCodes.Status200OK);
    }

    private static async Task<IResult> BoardPageAsync(Guid sessionId, HttpContext http, ISender sender, string? error, int status)
    {
        try
        {
            var board = await sender.Send(new FacilitatorBoardQuery(Caller.From(http.User), sessionId), http.RequestAborted);
            return Page<BoardPage>(status, (nameof(BoardPage.Board), board), (nameof(BoardPage.Error), error));
        }
        catch (AppException refused)
        {
            return await LibraryPageAsync(http, sender, refused.Code, AppResults.StatusOf(refused.Code));
        }
    }

    /// <summary>The board's live parts as they are now, for a client that missed pushes (after a reconnect).</summary>
    private static async Task<IResult> FragmentsAsync(Guid sessionId, HttpContext http, ISender sender, BoardFragmentRenderer renderer)
    {
        http.Response.Headers.CacheControl = "no-store";
        try
        {
            var board = await sender.Send(new FacilitatorBoardQuery(Caller.From(http.User), sessionId), http.RequestAborted);
            http.Response.Headers["X-Sequence"] = board.Version.ToString(CultureInfo.InvariantCulture);
            return Results.Content(await renderer.RenderAsync(board, UiText.Current), TurboStreams.ContentType);
        }
        catch (AppException refused)
        {
            return AppResults.From(refused);
        }
    }

    private static Task<IResult> RunAsync(Guid sessionId, HttpContext http, ISender sender, IAntiforgery antiforgery) =>
        BoardCommandAsync(sessionId, http, sender, antiforgery, async form =>
        {
            var name = form["command"].ToString();
            Func<SimTime, RunCommand>? command = name switch
            {
                "start" => at => new StartRun(at),
                "pause" => at => new PauseRun(at),
                "resume" => at => new ResumeRun(at),
                "end" when form["confirm-end"].ToString() != "yes" =>
                    throw new AppException("end-not-confirmed", "tick the box to confirm: ending cannot be undone"),
                "end" => at => new EndRun(at),
                "fire" => at => new FireInject(at, form["inject"].ToString()),
                "speed" when double.TryParse(form["speed"].ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var speed) => at => new SetSpeed(at, speed),
                "speed" => throw new AppException("invalid-speed", "choose a speed"),
                _ => throw new AppException("invalid-request", "unknown command"),
            };
            await sender.Send(new FacilitatorRunCommand(Caller.From(http.User), sessionId, name, command), http.RequestAborted);
            return name == "end" ? $"/facilitator/sessions/{sessionId}/debrief" : null;
        });

    private static Task<IResult> AssignAsync(Guid sessionId, HttpContext http, ISender sender, IAntiforgery antiforgery, IHubContext<SessionHub> hub) =>
        BoardCommandAsync(sessionId, http, sender, antiforgery, async form =>
        {
            if (!Guid.TryParse(form["participant"].ToString(), out var participantId))
            {
                throw new AppException("unknown-participant", "choose a person");
            }

            var role = form[$"role-{participantId:N}"].ToString();
            var assigned = await sender.Send(new AssignRoleCommand(Caller.From(http.User), sessionId, participantId, role.Length == 0 ? null : role),
                http.RequestAborted);
            // As the hub's AssignRole does: the participant's open page learns its new role.
            await hub.Clients.User(participantId.ToString()).SendAsync("roleAssigned", assigned, http.RequestAborted);
            return null;
        });

    private static Task<IResult> BotsAsync(Guid sessionId, HttpContext http, ISender sender, IAntiforgery antiforgery) =>
        BoardCommandAsync(sessionId, http, sender, antiforgery, async _ =>
        {
            await sender.Send(new FillWithBotsCommand(Caller.From(http.User), sessionId), http.RequestAborted);
            return null;
        });

    /// <summary>A board form post: the command, then a redirect (to the board, or where the command says); a refusal shows the board with its sentence.</summary>
    private static async Task<IResult> BoardCommandAsync(Guid sessionId, HttpContext http, ISender sender, IAntiforgery antiforgery,
        Func<IFormCollection, Task<string?>> command)
    {
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return await BoardPageAsync(sessionId, http, sender, "form-expired", StatusCodes.Status400BadRequest);
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        try
        {
            return SeeOther(await command(form) ?? $"/facilitator/sessions/{sessionId}");
        }
        catch (AppException refused)
        {
            return await BoardPageAsync(sessionId, http, sender, refused.Code, StatusCodes.Status422UnprocessableEntity);
        }
    }

    // The debrief

    private static async Task<IResult> DebriefPageAsync(Guid sessionId, HttpContext http, ISender sender, string? scores)
    {
        try
        {
            var board = await sender.Send(new FacilitatorBoardQuery(Caller.From(http.User), sessionId), http.RequestAborted);
            return Page<DebriefPage>(StatusCodes.Status200OK,
                (nameof(DebriefPage.SessionId), sessionId), (nameof(DebriefPage.ScenarioTitle), board.ScenarioTitle),
                (nameof(DebriefPage.ScenarioLanguage), board.ScenarioLanguage), (nameof(DebriefPage.ShowScores), scores != "hide"));
        }
        catch (AppException refused)
        {
            return await LibraryPageAsync(http, sender, refused.Code, AppResults.StatusOf(refused.Code));
        }
    }

    /// <summary>The standalone report for the debrief page's frame: its inline style allowed by hash, no script at all, framed only by this site.</summary>
    private static async Task<IResult> DebriefFrameAsync(Guid sessionId, HttpContext http, ISender sender, string? scores)
    {
        try
        {
            var debrief = await sender.Send(new SessionDebriefQuery(Caller.From(http.User), sessionId, scores != "hide"), http.RequestAborted);
            return FramedDocument(http, await DebriefHtml.RenderAsync(debrief.Report, debrief.Options));
        }
        catch (AppException refused)
        {
            return AppResults.From(refused);
        }
    }

    private static async Task<IResult> DebriefExportAsync(Guid sessionId, string format, HttpContext http, ISender sender, string? scores)
    {
        try
        {
            var debrief = await sender.Send(new SessionDebriefQuery(Caller.From(http.User), sessionId, format != "html" || scores != "hide"), http.RequestAborted);
            var (text, type) = format switch
            {
                "csv" => (DebriefCsv.Write(debrief.Report), "text/csv; charset=utf-8"),
                "json" => (DebriefJson.Serialize(debrief.Report), "application/json; charset=utf-8"),
                _ => (await DebriefHtml.RenderAsync(debrief.Report, debrief.Options), "text/html; charset=utf-8"),
            };
            http.Response.Headers.CacheControl = "no-store";
            return Results.File(Encoding.UTF8.GetBytes(text), type, $"debrief-{debrief.ScenarioId}-{sessionId.ToString("N")[..8]}.{format}");
        }
        catch (AppException refused)
        {
            return AppResults.From(refused);
        }
    }

    /// <summary>
    /// A standalone document (report or comparison) for a frame of the console: its inline styles
    /// allowed by hash, no script at all, never cached, framed only by this site.
    /// </summary>
    private static IResult FramedDocument(HttpContext http, string html)
    {
        http.Response.Headers.ContentSecurityPolicy =
            $"default-src 'none'; style-src {StyleHashes(html)}; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";
        http.Response.Headers.CacheControl = "no-store";
        return Results.Content(html, "text/html; charset=utf-8");
    }

    /// <summary>The CSP hash sources of every inline <c>&lt;style&gt;</c> element in a document the server rendered.</summary>
    private static string StyleHashes(string html)
    {
        var sources = new List<string>();
        for (var start = html.IndexOf("<style>", StringComparison.Ordinal); start >= 0; start = html.IndexOf("<style>", start + 1, StringComparison.Ordinal))
        {
            var from = start + "<style>".Length;
            var end = html.IndexOf("</style>", from, StringComparison.Ordinal);
            if (end < 0)
            {
                break;
            }

            sources.Add($"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(html[from..end])))}'");
        }

        return sources.Count == 0 ? "'none'" : string.Join(' ', sources);
    }

    // Helpers

    private static RazorComponentResult<TPage> Page<TPage>(int status, params (string Name, object? Value)[] parameters)
        where TPage : Microsoft.AspNetCore.Components.IComponent =>
        new(parameters.ToDictionary(p => p.Name, p => p.Value)) { StatusCode = status };

    private static string SafeReturnUrl(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith("/facilitator", StringComparison.Ordinal) && !url.Contains("//", StringComparison.Ordinal)
            && !url.Contains('\\', StringComparison.Ordinal)
            ? url
            : "/facilitator";

    /// <summary>303: after a POST, the browser GETs the new place (post/redirect/get).</summary>
    private static SeeOtherResult SeeOther(string location) => new(location);

    private sealed class SeeOtherResult(string location) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
            httpContext.Response.Headers.Location = location;
            return Task.CompletedTask;
        }
    }
}
