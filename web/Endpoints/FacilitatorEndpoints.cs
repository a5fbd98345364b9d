using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ReferralSim.Web.Application;
using ReferralSim.Web.Application.Dispatching;
using ReferralSim.Web.Application.Facilitators;
using ReferralSim.Web.Auth;
using ReferralSim.Web.Storage;

namespace ReferralSim.Web.Endpoints;

/// <summary>First-run setup, sign-in and sign-out for facilitators (JSON; the pages post to the same application requests).</summary>
public static class FacilitatorEndpoints
{
    public sealed record Credentials(string? UserName, string? Password);

    public static IEndpointRouteBuilder MapFacilitatorApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/facilitator");
        api.MapPost("/setup", (Credentials body, ISender sender, HttpContext http) => AppResults.Try(async () =>
        {
            var facilitator = await sender.Send(new AddFacilitatorCommand(body.UserName, body.Password, OnlyIfNoneExists: true));
            await SignInAsync(http, facilitator);
            return Results.Ok(new { facilitatorId = facilitator.Id });
        })).RequireRateLimiting(RateLimits.SignIn);
        api.MapPost("/sign-in", (Credentials body, ISender sender, HttpContext http) => AppResults.Try(async () =>
        {
            var facilitator = await sender.Send(new SignInQuery(body.UserName, body.Password));
            await SignInAsync(http, facilitator);
            return Results.Ok(new { facilitatorId = facilitator.Id });
        })).RequireRateLimiting(RateLimits.SignIn);
        api.MapPost("/sign-out", async (HttpContext http) =>
        {
            await http.SignOutAsync(AuthSchemes.Facilitator);
            return Results.NoContent();
        });
        return app;
    }

    public static Task SignInAsync(HttpContext http, FacilitatorRecord facilitator)
    {
        var identity = new ClaimsIdentity(
        [
            new Claim(Caller.FacilitatorClaim, facilitator.Id.ToString()),
            new Claim(ClaimTypes.NameIdentifier, facilitator.Id.ToString()),
            new Claim(ClaimTypes.Name, facilitator.UserName),
        ], AuthSchemes.Facilitator);
        return http.SignInAsync(AuthSchemes.Facilitator, new ClaimsPrincipal(identity));
    }
}
