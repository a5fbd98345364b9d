using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ReferralSim.Web.Logging;

namespace ReferralSim.Web.Sessions;

/// <summary>
/// Lets simulated time act on its own: a few times a second, each running session whose next timed
/// inject (or its limit) has come is advanced to now. Sessions with nothing due cost one check.
/// </summary>
public sealed class SessionClockDriver(LiveSessionRegistry registry, TimeProvider time, ILogger<SessionClockDriver> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            foreach (var session in registry.Loaded.Where(s => s.Clock.Running))
            {
                try
                {
                    await session.TickAsync();
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    Log.TickFailed(logger, error, session.Id);
                }
            }
        }
    }
}
