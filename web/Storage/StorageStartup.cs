using ReferralSim.Web.Storage.Sql;

namespace ReferralSim.Web.Storage;

/// <summary>Brings the schema up to date as the host starts, so a bad database stops start-up with its error.</summary>
public sealed partial class StorageStartup(SqlDatabase database, ILogger<StorageStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await database.InitializeAsync(cancellationToken).ConfigureAwait(false);
        LogReady(logger, database.Dialect.Name);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Storage ready: {Provider}, schema up to date")]
    private static partial void LogReady(ILogger logger, string provider);
}
