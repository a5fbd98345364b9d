using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ReferralSim.Web.Application;
using ReferralSim.Web.Sessions;
using ReferralSim.Web.Storage;

namespace ReferralSim.Web.Auth;

/// <summary>
/// Authenticates a participant by their token. Browsers send the HttpOnly cookie (also on the hub's
/// WebSocket); other clients send <c>Authorization: Bearer</c>, or <c>access_token</c> on the hub URL
/// (WebSockets cannot carry headers from browsers). An unknown token fails as <c>stale-token</c>.
/// </summary>
public sealed class ParticipantAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ISessionStore sessions) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string StaleToken = "stale-token";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var token = TokenFromRequest();
        if (string.IsNullOrEmpty(token))
        {
            return AuthenticateResult.NoResult();
        }

        var participant = await sessions.FindParticipantByTokenHashAsync(ParticipantToken.Hash(token), Context.RequestAborted);
        if (participant is null)
        {
            return AuthenticateResult.Fail(StaleToken);
        }

        var identity = new ClaimsIdentity(
        [
            new Claim(Caller.ParticipantClaim, participant.Id.ToString()),
            new Claim(Caller.SessionClaim, participant.SessionId.ToString()),
            new Claim(ClaimTypes.Name, participant.DisplayName),
        ], AuthSchemes.Participant);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), AuthSchemes.Participant));
    }

    private string? TokenFromRequest()
    {
        var header = Request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return header["Bearer ".Length..].Trim();
        }

        if (Request.Path.StartsWithSegments("/hubs") && Request.Query.TryGetValue("access_token", out var query))
        {
            return query.ToString();
        }

        return Request.Cookies[AuthSchemes.ParticipantCookie];
    }
}
