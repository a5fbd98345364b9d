using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using ReferralSim.Engine.Runtime.Commands;
using ReferralSim.Engine.Scenarios.Model;
using ReferralSim.Web.Application;
using ReferralSim.Web.Application.Dispatching;
using ReferralSim.Web.Application.Play;
using ReferralSim.Web.Application.Sessions;
using ReferralSim.Web.Auth;
using ReferralSim.Web.Components;
using ReferralSim.Web.Components.Live;
using ReferralSim.Web.Components.Pages;

namespace ReferralSim.Web.Endpoints;

/// <summary>
/// The participant's pages: join (a routable component), role choice and play (rendered from the
/// snapshot), the form posts behind them (redirect after success, the page again with 422 on a
/// refusal), the fragments for a resync, and the language switch.
/// </summary>
public static class PageEndpoints
{
    public const string JoinPagePolicy = "join-page";

    /// <summary>Everything in the browser comes from this server; no inline script, and no inline style but the one
    /// Turbo 8.0.23 adds (its progress bar's, allowed by hash; a browser test fails if that changes).</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'sha256-WAyOw4V+FqDc35lQPyRADLBWbuNK8ahvYEaQIYF1+Ps='; img-src 'self' data:; connect-src 'self'; " +
        "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static IServiceCollection AddReferralSimPages(this IServiceCollection services)
    {
        services.AddRazorComponents();
        services.AddLocalization();
        services.AddSingleton<FragmentRenderer>();
        services.AddSingleton<FragmentPusher>();
        services.AddSingleton<FragmentGroups>();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = UiText.Cultures.Select(CultureInfo.GetCultureInfo).ToList();
            options.DefaultRequestCulture = new RequestCulture(UiText.DefaultCulture);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
        });
        services.Configure<RateLimiterOptions>(options => options.AddPolicy<string, JoinPageRateLimit>(JoinPagePolicy));
        return services;
    }

    /// <summary>Security headers, then the UI language: <c>?culture=el</c> (remembered in the cookie), the cookie, the browser's languages.</summary>
    public static IApplicationBuilder UseReferralSimPages(this IApplicationBuilder app)
    {
        app.Use((http, next) =>
        {
            var headers = http.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "same-origin";
            return next(http);
        });
        app.UseRequestLocalization();
        app.Use((http, next) =>
        {
            if (http.Request.Query.TryGetValue("culture", out var asked) && UiText.Cultures.Contains(asked.ToString())
                && !http.Request.Path.StartsWithSegments("/hubs"))
            {
                RememberCulture(http, asked.ToString());
            }

            return next(http);
        });
        return app;
    }

    public static IEndpointRouteBuilder MapReferralSimPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/culture", (string? set, string? returnUrl, HttpContext http) =>
        {
            RememberCulture(http, UiText.Normalize(set));
            return SeeOther(IsLocal(returnUrl) ? returnUrl! : "/");
        });
        // Ordered before the join page's own route, which the Razor components endpoints map for POST too.
        app.MapPost("/join", JoinAsync).RequireRateLimiting(JoinPagePolicy).WithOrder(-1);
        app.MapGet("/role", RoleAsync);
        app.MapPost("/role", TakeRoleAsync);
        app.MapGet("/play", PlayAsync);
        app.MapGet("/play/fragments", FragmentsAsync);
        app.MapPost("/play/act", (HttpContext http, ISender sender, IAntiforgery antiforgery) =>
            CommandAsync(http, sender, antiforgery, "act", form => (role, at) => new PerformAction(at, role, form["act"].ToString())));
        app.MapPost("/play/note", (HttpContext http, ISender sender, IAntiforgery antiforgery) =>
            CommandAsync(http, sender, antiforgery, "note", form => (role, at) => new NoteConcern(at, role, form["indicator"].ToString())));
        app.MapPost("/play/message", (HttpContext http, ISender sender, IAntiforgery antiforgery) =>
            CommandAsync(http, sender, antiforgery, "message", form => (role, at) => new SendMessage(at, role, [.. form["to"].OfType<string>()], form["text"].ToString())));
        app.MapPost("/play/refer", (HttpContext http, ISender sender, IAntiforgery antiforgery) =>
            CommandAsync(http, sender, antiforgery, "refer", form => (role, at) => new MakeReferral(at, role, form["service"].ToString())));
        return app;
    }

    private static async Task<IResult> JoinAsync(HttpContext http, ISender sender, IAntiforgery antiforgery)
    {
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return ErrorResult("form-expired", "/join", StatusCodes.Status400BadRequest);
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var code = form["code"].ToString().Trim();
        var name = form["name"].ToString().Trim();
        var problem = code.Length == 0 ? "code-required"
            : name.Length == 0 ? "name-required"
            : name.Length > JoinSessionCommand.MaxDisplayNameLength ? "name-too-long"
            : name.Any(char.IsControl) ? "name-invalid"
            : null;
        if (problem is not null)
        {
            return JoinPageResult(code, name, problem, StatusCodes.Status422UnprocessableEntity);
        }

        try
        {
            var joined = await sender.Send(new JoinSessionCommand(code, name), http.RequestAborted);
            http.Response.Cookies.Append(AuthSchemes.ParticipantCookie, joined.Token, new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                Secure = http.Request.IsHttps,
                MaxAge = TimeSpan.FromDays(3),
            });
            return SeeOther("/role");
        }
        catch (AppException refused)
        {
            return JoinPageResult(code, name, refused.Code, StatusCodes.Status422UnprocessableEntity);
        }
    }

    internal static RazorComponentResult<JoinPage> JoinPageResult(string? code, string? name, string error, int status) =>
        new(new Dictionary<string, object?> { [nameof(JoinPage.Code)] = code, [nameof(JoinPage.Name)] = name, [nameof(JoinPage.Error)] = error })
        {
            StatusCode = status,
        };

    private static async Task<IResult> RoleAsync(HttpContext http, ISender sender) =>
        await WithPageAsync(http, sender, page => page.Role is not null
            ? (IResult)SeeOther("/play")
            : RolePageResult(page, null, StatusCodes.Status200OK));

    private static async Task<IResult> TakeRoleAsync(HttpContext http, ISender sender, IAntiforgery antiforgery)
    {
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return ErrorResult("form-expired", "/role", StatusCodes.Status400BadRequest);
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var caller = await ParticipantAsync(http);
        try
        {
            await sender.Send(new TakeRoleCommand(caller, form["role"].ToString()), http.RequestAborted);
            return SeeOther("/play");
        }
        catch (AppException refused) when (refused.Code is not ("stale-token" or "participants-only"))
        {
            return await WithPageAsync(http, sender, page => RolePageResult(page, refused.Code, StatusCodes.Status422UnprocessableEntity));
        }
        catch (AppException)
        {
            return SeeOther("/join");
        }
    }

    private static RazorComponentResult<RolePage> RolePageResult(PlayPageView page, string? error, int status) =>
        new(new Dictionary<string, object?> { [nameof(RolePage.Page)] = page, [nameof(RolePage.Error)] = error }) { StatusCode = status };

    private static async Task<IResult> PlayAsync(HttpContext http, ISender sender)
    {
        http.Response.Headers.CacheControl = "no-store";
        return await WithPageAsync(http, sender, page => PlayPageResult(page, null, null, StatusCodes.Status200OK));
    }

    private static IResult PlayPageResult(PlayPageView page, string? error, string? draft, int status) => page.Role is null
        ? (IResult)SeeOther("/role")
        : new RazorComponentResult<PlayPage>(new Dictionary<string, object?>
        {
            [nameof(PlayPage.Page)] = page,
            [nameof(PlayPage.Error)] = error,
            [nameof(PlayPage.Draft)] = draft,
        })
        {
            StatusCode = status,
        };

    /// <summary>The live parts as they are now, for a client that missed pushes (after a reconnect).</summary>
    private static async Task<IResult> FragmentsAsync(HttpContext http, ISender sender, FragmentRenderer renderer)
    {
        http.Response.Headers.CacheControl = "no-store";
        try
        {
            var page = await sender.Send(new PlayPageQuery(await ParticipantAsync(http)), http.RequestAborted);
            if (page.Role is null)
            {
                return Results.NoContent();
            }

            http.Response.Headers["X-Sequence"] = page.Version.ToString(CultureInfo.InvariantCulture);
            return Results.Content(await renderer.RenderPlayAsync(page, UiText.Current), TurboStreams.ContentType);
        }
        catch (AppException refused)
        {
            return AppResults.From(refused);
        }
    }

    private static async Task<IResult> CommandAsync(HttpContext http, ISender sender, IAntiforgery antiforgery, string name,
        Func<IFormCollection, Func<string, SimTime, RunCommand>> command)
    {
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return ErrorResult("form-expired", "/play", StatusCodes.Status400BadRequest);
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var caller = await ParticipantAsync(http);
        if (caller is not ParticipantCaller)
        {
            return SeeOther("/join");
        }

        try
        {
            await sender.Send(new ParticipantRunCommand(caller, form["role"].ToString(), name, command(form)), http.RequestAborted);
            return SeeOther("/play");
        }
        catch (AppException refused) when (refused.Code is not ("stale-token" or "participants-only"))
        {
            var draft = name == "message" ? form["text"].ToString() : null;
            return await WithPageAsync(http, sender, page => PlayPageResult(page, refused.Code, draft, StatusCodes.Status422UnprocessableEntity));
        }
        catch (AppException)
        {
            return SeeOther("/join");
        }
    }

    /// <summary>Loads the participant's page, or sends someone without a (valid) place in a session to /join.</summary>
    private static async Task<IResult> WithPageAsync(HttpContext http, ISender sender, Func<PlayPageView, IResult> render)
    {
        var caller = await ParticipantAsync(http);
        if (caller is not ParticipantCaller)
        {
            return SeeOther("/join");
        }

        try
        {
            return render(await sender.Send(new PlayPageQuery(caller), http.RequestAborted));
        }
        catch (AppException refused) when (refused.Code is "stale-token" or "participants-only")
        {
            http.Response.Cookies.Delete(AuthSchemes.ParticipantCookie);
            return SeeOther("/join");
        }
        catch (AppException refused)
        {
            return ErrorResult(refused.Code, "/join", AppResults.StatusOf(refused.Code));
        }
    }

    /// <summary>The participant behind the request's cookie (pages use the participant scheme explicitly; the default is the facilitator's).</summary>
    private static async Task<Caller> ParticipantAsync(HttpContext http)
    {
        var result = await http.AuthenticateAsync(AuthSchemes.Participant);
        return Caller.From(result.Succeeded ? result.Principal : null);
    }

    private static RazorComponentResult<ErrorPage> ErrorResult(string code, string backUrl, int status) =>
        new(new Dictionary<string, object?> { [nameof(Components.Pages.ErrorPage.Error)] = code, [nameof(Components.Pages.ErrorPage.BackUrl)] = backUrl })
        {
            StatusCode = status,
        };

    private static void RememberCulture(HttpContext http, string culture) =>
        http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { MaxAge = TimeSpan.FromDays(365), SameSite = SameSiteMode.Lax, HttpOnly = true, IsEssential = true, Secure = http.Request.IsHttps });

    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));

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

    /// <summary>The join form's limit per address (as the API's); a refusal is the join page with a localized sentence, not JSON.</summary>
    private sealed class JoinPageRateLimit(RateLimitOptions limits) : IRateLimiterPolicy<string>
    {
        public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => async (context, cancellationToken) =>
        {
            var http = context.HttpContext;
            var form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync(cancellationToken) : null;
            await JoinPageResult(form?["code"].ToString(), form?["name"].ToString(), "rate-limited", StatusCodes.Status429TooManyRequests)
                .ExecuteAsync(http);
        };

        public RateLimitPartition<string> GetPartition(HttpContext httpContext) => RateLimits.PerAddress(httpContext, limits.JoinsPerMinute);
    }
}
