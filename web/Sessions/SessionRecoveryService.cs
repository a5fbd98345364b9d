using Microsoft.Extensions.Hosting;

namespace ReferralSim.Web.Sessions;

/// <summary>At start-up, before the server takes requests, sessions that were live are rebuilt from their logs.</summary>
public sealed class SessionRecoveryService(LiveSessionRegistry registry) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => registry.RecoverAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
