using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReferralSim.Engine.Runtime.Commands;
using ReferralSim.Web.Application;
using ReferralSim.Web.Application.Dispatching;
using ReferralSim.Web.Library;
using ReferralSim.Web.Logging;
using ReferralSim.Web.Storage;

namespace ReferralSim.Web.Sessions;

/// <summary>
/// The live sessions of this server, each loaded once: created new, or rebuilt from its event log
/// (after a restart, or on first use) with the exact scenario version it was created with.
/// </summary>
public sealed class LiveSessionRegistry(
    IServiceScopeFactory scopes,
    IEventStore events,
    ISessionStore sessions,
    IScenarioVersionStore versions,
    ScenarioLibrary library,
    TimeProvider time,
    ILogger<LiveSessionRegistry> logger) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<Guid, Lazy<Task<LiveSession>>> _sessions = new();

    /// <summary>The sessions loaded so far (for the clock driver and health).</summary>
    public IEnumerable<LiveSession> Loaded =>
        _sessions.Values.Where(l => l.IsValueCreated && l.Value.IsCompletedSuccessfully).Select(l => l.Value.Result);

    public async Task<LiveSession> GetAsync(Guid sessionId)
    {
        var lazy = _sessions.GetOrAdd(sessionId, id => new Lazy<Task<LiveSession>>(() => LoadAsync(id)));
        try
        {
            return await lazy.Value;
        }
        catch
        {
            _sessions.TryRemove(KeyValuePair.Create(sessionId, lazy));
            throw;
        }
    }

    /// <summary>Brings back every session that was running or paused, paused: the facilitator resumes it.</summary>
    public async Task RecoverAsync(CancellationToken cancellationToken)
    {
        foreach (var record in await sessions.ListLiveAsync(cancellationToken))
        {
            try
            {
                var session = await GetAsync(record.Id);
                var state = await session.ReadAsync(s => s.Run.State);
                if (state.Started && !state.Ended && !state.Paused)
                {
                    await session.ExecuteAsync(at => new PauseRun(at));
                }

                Log.SessionRecovered(logger, record.Id, (int)session.Version);
            }
            catch (AppException error)
            {
                Log.SessionNotRecovered(logger, record.Id, error.Message);
            }
        }
    }

    private async Task<LiveSession> LoadAsync(Guid sessionId)
    {
        var record = await sessions.FindAsync(sessionId)
            ?? throw new AppException("unknown-session", "there is no such session");
        var scenario = await ScenarioOfAsync(record);
        var log = await events.ReadAsync(sessionId);
        return new LiveSession(record, scenario, log, events, sessions, time, PublishAsync, logger);
    }

    private async Task<LibraryScenario> ScenarioOfAsync(SessionRecord record)
    {
        if (library.Find(record.ScenarioId) is { } current && current.ContentHash == record.ScenarioHash)
        {
            return current;
        }

        var stored = await versions.FindAsync(record.ScenarioId, record.ScenarioHash)
            ?? throw new AppException("unknown-scenario-version", $"the version of '{record.ScenarioId}' this session was created with is not stored");
        return library.CompileVersion(stored.Yaml, $"{record.ScenarioId}@{record.ScenarioHash[..8]}.yaml")
            ?? throw new AppException("unknown-scenario-version", $"the stored version of '{record.ScenarioId}' no longer compiles against the current directories");
    }

    private async Task PublishAsync(EventsCommitted committed)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IPublisher>().Publish(committed);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var session in Loaded.ToList())
        {
            await session.DisposeAsync();
        }
    }
}
