namespace ReferralSim.Web.Endpoints;

/// <summary>
/// Configuration section <c>RateLimits</c> (e.g. <c>--RateLimits:JoinsPerMinute=1000</c> or the
/// environment variable <c>RateLimits__JoinsPerMinute</c>). The defaults are the production limits;
/// raising them is for a load test on loopback, where every participant joins from one address.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Joins by code per address per minute, by the API and the join form alike.</summary>
    public int JoinsPerMinute { get; set; } = 60;

    /// <summary>Sign-in and first-run setup attempts per address per minute.</summary>
    public int SignInsPerMinute { get; set; } = 10;
}
