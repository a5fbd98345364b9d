using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ReferralSim.Web.Endpoints;

/// <summary>
/// Per-address limits on the doors a guesser would knock at: joining by code and signing in. A room
/// of thirty on one Wi-Fi shares an address, so the join limit allows a class joining at once.
/// The permits come from <see cref="RateLimitOptions"/>.
/// </summary>
public static class RateLimits
{
    public const string Join = "join";
    public const string SignIn = "sign-in";

    public static IServiceCollection AddReferralSimRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        services.AddSingleton(limits);
        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (context, cancellationToken) =>
            {
                context.HttpContext.Response.ContentType = "application/json";
                await context.HttpContext.Response.WriteAsync(
                    """{"code":"rate-limited","message":"too many attempts from this address; wait a minute and try again"}""", cancellationToken);
            };
            options.AddPolicy(Join, context => PerAddress(context, limits.JoinsPerMinute));
            options.AddPolicy(SignIn, context => PerAddress(context, limits.SignInsPerMinute));
        });
    }

    /// <summary>A fixed one-minute window per client address.</summary>
    public static RateLimitPartition<string> PerAddress(HttpContext context, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
}
