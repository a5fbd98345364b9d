using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using QRCoder;
using ReferralSim.Web.Application;
using ReferralSim.Web.Application.Dispatching;
using ReferralSim.Web.Application.Sessions;
using ReferralSim.Web.Auth;
using ReferralSim.Web.Library;
using ReferralSim.Web.Sessions;

namespace ReferralSim.Web.Endpoints;

/// <summary>The JSON API under the pages, for bots, the load tool and tests: library, sessions, join, QR, export.</summary>
public static class SessionEndpoints
{
    public sealed record CreateSessionBody(string? ScenarioId, int? Seed, string? Language);

    public sealed record JoinBody(string? Code, string? DisplayName);

    public static IEndpointRouteBuilder MapSessionApi(this IEndpointRouteBuilder app)
    {
        var facilitator = app.MapGroup("/api").RequireAuthorization(p => p.AddAuthenticationSchemes(AuthSchemes.Facilitator).RequireClaim(Caller.FacilitatorClaim));
        facilitator.MapGet("/scenarios", (ScenarioLibrary library) => Results.Ok(library.Scenarios.Select(s => new
        {
            id = s.Id,
            version = s.Scenario.Definition.Version,
            contentHash = s.ContentHash,
            title = s.Scenario.Definition.Title.Translations,
            country = s.Scenario.Definition.Country,
            languages = s.Scenario.Definition.Languages,
            roles = s.Scenario.Definition.Roles.Select(r => r.Id),
        })));
        facilitator.MapPost("/sessions", (CreateSessionBody body, ISender sender, HttpContext http) => AppResults.Try(async () =>
        {
            var created = await sender.Send(new CreateSessionCommand(Caller.From(http.User), body.ScenarioId ?? "", body.Seed, body.Language ?? "en"));
            return Results.Ok(new { sessionId = created.SessionId, joinCode = created.JoinCode, joinUrl = JoinUrl(http, created.JoinCode) });
        }));
        facilitator.MapGet("/sessions/{sessionId:guid}/events.jsonl", (Guid sessionId, ISender sender, HttpContext http) => AppResults.Try(async () =>
            Results.Text(await sender.Send(new ExportEventsQuery(Caller.From(http.User), sessionId)), "application/x-ndjson")));
        facilitator.MapGet("/sessions/{sessionId:guid}/qr.svg", (Guid sessionId, ISender sender, HttpContext http) => AppResults.Try(async () =>
        {
            var snapshot = await sender.Send(new Application.Play.FacilitatorSnapshotQuery(Caller.From(http.User), sessionId, long.MaxValue));
            return Results.Text(QrSvg(JoinUrl(http, snapshot.Session.JoinCode)), "image/svg+xml");
        }));

        app.MapPost("/api/join", (JoinBody body, ISender sender, HttpContext http) => AppResults.Try(async () =>
        {
            var joined = await sender.Send(new JoinSessionCommand(body.Code, body.DisplayName));
            http.Response.Cookies.Append(AuthSchemes.ParticipantCookie, joined.Token, new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                Secure = http.Request.IsHttps,
                MaxAge = TimeSpan.FromDays(3),
            });
            return Results.Ok(new { participantId = joined.ParticipantId, sessionId = joined.SessionId, token = joined.Token });
        })).RequireRateLimiting(RateLimits.Join);
        return app;
    }

    public static string JoinUrl(HttpContext http, string joinCode) =>
        $"{http.Request.Scheme}://{http.Request.Host}/join/{JoinCode.Display(joinCode)}";

    public static string QrSvg(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(8);
    }
}
