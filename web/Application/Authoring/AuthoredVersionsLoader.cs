using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ReferralSim.Web.Library;
using ReferralSim.Web.Storage;

namespace ReferralSim.Web.Application.Authoring;

/// <summary>
/// At start-up (before the server takes requests), publishes into the library every stored scenario
/// version that is higher than the one the folder offers: the versions saved from the workbench.
/// A stored version that no longer compiles (a directory changed) is logged and skipped.
/// </summary>
public sealed partial class AuthoredVersionsLoader(ScenarioLibrary library, IScenarioVersionStore versions, ILogger<AuthoredVersionsLoader> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var stored = await versions.ListAsync(cancellationToken);
        foreach (var newest in stored.GroupBy(v => v.ScenarioId, StringComparer.Ordinal).Select(g => g.MaxBy(v => v.Version)!))
        {
            if (library.Find(newest.ScenarioId) is { } offered && offered.Scenario.Definition.Version >= newest.Version)
            {
                continue;
            }

            if (library.CompileVersion(newest.Yaml, $"{newest.ScenarioId}@{newest.ContentHash[..8]}.yaml") is { } scenario && library.Publish(scenario))
            {
                LogPublished(logger, scenario.Id, newest.Version);
            }
            else
            {
                LogSkipped(logger, newest.ScenarioId, newest.Version);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Offering saved version {Version} of scenario {ScenarioId}")]
    private static partial void LogPublished(ILogger logger, string scenarioId, int version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Saved version {Version} of scenario {ScenarioId} no longer compiles; not offered")]
    private static partial void LogSkipped(ILogger logger, string scenarioId, int version);
}
