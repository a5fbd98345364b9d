using Microsoft.Extensions.Logging;

namespace ReferralSim.Web.Logging;

/// <summary>Every log message the server writes, as source-generated, allocation-free delegates.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Error, "Session {SessionId}: appending {Count} events failed; rebuilding from the log")]
    public static partial void AppendFailed(ILogger logger, Exception error, Guid sessionId, int count);

    [LoggerMessage(2, LogLevel.Warning, "Scenario {File} is left out of the library:\n{Diagnostics}")]
    public static partial void ScenarioRejected(ILogger logger, string file, string diagnostics);

    [LoggerMessage(3, LogLevel.Information, "Loaded {Count} scenarios from {Folder}")]
    public static partial void ScenariosLoaded(ILogger logger, int count, string folder);

    [LoggerMessage(4, LogLevel.Information, "Session {SessionId} recovered from {Count} events, paused")]
    public static partial void SessionRecovered(ILogger logger, Guid sessionId, int count);

    [LoggerMessage(5, LogLevel.Warning, "Session {SessionId} could not be recovered: {Reason}")]
    public static partial void SessionNotRecovered(ILogger logger, Guid sessionId, string reason);

    [LoggerMessage(6, LogLevel.Information, "{Request} by {Caller} refused: {Code}")]
    public static partial void RequestRefused(ILogger logger, string request, string caller, string code);

    [LoggerMessage(7, LogLevel.Debug, "{Request} by {Caller} handled in {Elapsed} ms")]
    public static partial void RequestHandled(ILogger logger, string request, string caller, double elapsed);

    [LoggerMessage(8, LogLevel.Error, "Clock tick for session {SessionId} failed")]
    public static partial void TickFailed(ILogger logger, Exception error, Guid sessionId);

    [LoggerMessage(9, LogLevel.Error, "Pushing fragments to {Group} failed")]
    public static partial void FragmentPushFailed(ILogger logger, Exception error, string group);
}
