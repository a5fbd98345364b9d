using Microsoft.AspNetCore.Http;
using ReferralSim.Web.Application;

namespace ReferralSim.Web.Endpoints;

/// <summary>Turns application refusals into HTTP answers: the same code and sentence, with a fitting status.</summary>
public static class AppResults
{
    public static IResult From(AppException refused) =>
        Results.Json(new { code = refused.Code, message = refused.Message }, statusCode: StatusOf(refused.Code));

    public static int StatusOf(string code) => code switch
    {
        "invalid-request" => StatusCodes.Status400BadRequest,
        "sign-in-failed" or "stale-token" => StatusCodes.Status401Unauthorized,
        _ when code.EndsWith("-only", StringComparison.Ordinal) || code.StartsWith("not-your-", StringComparison.Ordinal) => StatusCodes.Status403Forbidden,
        _ when code.StartsWith("unknown-", StringComparison.Ordinal) => StatusCodes.Status404NotFound,
        "rate-limited" => StatusCodes.Status429TooManyRequests,
        "storage-unavailable" => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status409Conflict,
    };

    /// <summary>Runs <paramref name="work"/>, answering a refusal with its code instead of an exception.</summary>
    public static async Task<IResult> Try(Func<Task<IResult>> work)
    {
        try
        {
            return await work();
        }
        catch (AppException refused)
        {
            return From(refused);
        }
    }
}
