namespace ReferralSim.Web.Application;

/// <summary>
/// A request the application refuses: a stable kebab-case code clients switch on
/// (<c>not-your-role</c>, <c>session-paused</c>, <c>unknown-action</c>, ...) and a sentence for people.
/// Nothing has changed when it is thrown.
/// </summary>
public sealed class AppException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
