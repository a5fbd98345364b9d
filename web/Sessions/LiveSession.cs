using Microsoft.Extensions.Logging;
using ReferralSim.Engine.Bots;
using ReferralSim.Engine.Runtime;
using ReferralSim.Engine.Runtime.Commands;
using ReferralSim.Engine.Runtime.Events;
using ReferralSim.Engine.Scenarios.Model;
using ReferralSim.Web.Application;
using ReferralSim.Web.Concurrency;
using ReferralSim.Web.Library;
using ReferralSim.Web.Logging;
using ReferralSim.Web.Storage;

namespace ReferralSim.Web.Sessions;

/// <summary>
/// One live session: a single writer that takes commands one at a time, in order. For each: the
/// engine decides (state × command → events), the events are appended and committed, and only then
/// published. Many sessions run in parallel; within one, nothing interleaves (a command that finds
/// the session idle runs on its caller's thread: <see cref="TurnQueue{T}"/>).
/// </summary>
public sealed class LiveSession : IAsyncDisposable
{
    private readonly TurnQueue<Func<Task>> _work = new(turn => turn[0](), maxPerTurn: 1);
    private readonly IEventStore _events;
    private readonly ISessionStore _sessions;
    private readonly Func<EventsCommitted, Task> _onCommitted;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly List<StoredEvent> _log;

    internal LiveSession(SessionRecord record, LibraryScenario scenario, IReadOnlyList<StoredEvent> log, IEventStore events,
        ISessionStore sessions, TimeProvider time, Func<EventsCommitted, Task> onCommitted, ILogger logger)
    {
        Record = record;
        Scenario = scenario;
        _events = events;
        _sessions = sessions;
        _onCommitted = onCommitted;
        _logger = logger;
        _time = time;
        _log = [.. log];
        Run = ScenarioRun.Replay(scenario.Scenario, Options, log.Select(e => e.Event));
        Clock = new SessionClock(time);
        Clock.Freeze(Run.State.Now);
    }

    public Guid Id => Record.Id;

    public SessionRecord Record { get; private set; }

    public LibraryScenario Scenario { get; }

    public RunOptions Options => new(Record.Seed, Record.Language);

    /// <summary>The run. Read it only inside <see cref="ReadAsync{T}"/> or a command: commands are its only writer.</summary>
    public ScenarioRun Run { get; private set; }

    public SessionClock Clock { get; }

    public long Version => _log.Count == 0 ? 0 : _log[^1].Sequence;

    /// <summary>Runs a command at the session clock's current simulated time; then bots take their turn.</summary>
    public Task<SessionCommandResult> ExecuteAsync(Func<SimTime, RunCommand> command) => Serially(async () =>
    {
        var result = await ExecuteNowAsync(command);
        if (result.Events.Count > 0)
        {
            await DriveBotsAsync();
        }

        return result;
    });

    /// <summary>Reads the session consistently, between commands.</summary>
    public Task<T> ReadAsync<T>(Func<LiveSession, T> read) => Serially(() => Task.FromResult(read(this)));

    /// <summary>Committed events after <paramref name="afterSequence"/> (for a client catching up). Call inside <see cref="ReadAsync{T}"/>.</summary>
    public IEnumerable<StoredEvent> EventsAfter(long afterSequence)
    {
        // Sequences are contiguous from 1, so the first missed event sits at index afterSequence.
        var start = (int)Math.Clamp(afterSequence, 0, _log.Count);
        for (var i = start; i < _log.Count; i++)
        {
            yield return _log[i];
        }
    }

    /// <summary>The next simulated moment at which time alone changes something (a timed inject, the limit).</summary>
    public SimTime? NextDueTime()
    {
        var state = Run.State;
        if (!state.Started || state.Ended)
        {
            return null;
        }

        var definition = Scenario.Scenario.Definition;
        return definition.Injects
            .Where(i => !i.Manual && i.At is not null && !state.IsConsidered(i.Id))
            .Select(i => i.At!.Value)
            .Append(definition.Clock.Limit)
            .Min();
    }

    /// <summary>
    /// Lets simulated time reach the clock's now, if a timed inject or the limit is due by then; and
    /// gives bots their turn (a bot that was busy may be free now).
    /// </summary>
    public Task<SessionCommandResult> TickAsync() => Serially(async () =>
    {
        var result = Clock.Running && NextDueTime() is { } due && Clock.Now() >= due
            ? await ExecuteNowAsync(at => new AdvanceClock(at))
            : new SessionCommandResult([], null);
        await DriveBotsAsync();
        return result;
    });

    /// <summary>
    /// Bots act inside the session's single writer, right after what changed the run, each until it
    /// has nothing to do or is refused (busy, paused): bounded, so bots can never keep the session busy.
    /// </summary>
    private async Task DriveBotsAsync()
    {
        const int MaxBotCommandsPerTurn = 64;
        for (var taken = 0; taken < MaxBotCommandsPerTurn;)
        {
            var acted = false;
            foreach (var role in Run.State.BotRoles.Order(StringComparer.Ordinal).ToList())
            {
                if (!Run.State.Started || Run.State.Paused || Run.State.Ended || new LiveBot(role).Decide(Run, Clock.Now()) is not { } decision)
                {
                    continue;
                }

                var result = await ExecuteNowAsync(at => decision with { At = at });
                acted |= result.Accepted && result.Events.Count > 0;
                taken++;
            }

            if (!acted)
            {
                return;
            }
        }
    }

    private async Task<SessionCommandResult> ExecuteNowAsync(Func<SimTime, RunCommand> makeCommand)
    {
        var at = SimTime.Max(Clock.Now(), Run.State.Now);
        var result = Run.Execute(makeCommand(at));
        if (!result.Accepted || result.Events.Count == 0)
        {
            return new SessionCommandResult([], result.Rejection);
        }

        long version;
        try
        {
            version = await _events.AppendAsync(Id, Version, result.Events);
        }
        catch (Exception error)
        {
            // The engine applied events the store did not take: fold the run again from what is
            // durable, so memory never runs ahead of the log.
            Log.AppendFailed(_logger, error, Id, result.Events.Count);
            Run = ScenarioRun.Replay(Scenario.Scenario, Options, _log.Select(e => e.Event));
            throw new AppException("storage-unavailable", "the session could not be saved; nothing was changed, please try again");
        }

        var firstSequence = version - result.Events.Count + 1;
        var stored = result.Events.Select((e, i) => new StoredEvent(firstSequence + i, e, _time.GetUtcNow())).ToList();
        _log.AddRange(stored);
        await FollowAsync(result.Events);
        await _onCommitted(new EventsCommitted(this, stored));
        return new SessionCommandResult(stored, null);
    }

    /// <summary>Keeps the clock and the stored status in step with what the events say.</summary>
    private async Task FollowAsync(IReadOnlyList<RunEvent> events)
    {
        SessionStatus? status = null;
        foreach (var runEvent in events)
        {
            switch (runEvent)
            {
                case RunStarted:
                    Clock.Run(runEvent.At, Scenario.Scenario.Definition.Clock.Speed);
                    status = SessionStatus.Running;
                    break;
                case RunPaused:
                    Clock.Freeze(runEvent.At);
                    status = SessionStatus.Paused;
                    break;
                case RunResumed:
                    Clock.Run(Run.State.Now, Clock.Speed);
                    status = SessionStatus.Running;
                    break;
                case SpeedChanged speed:
                    Clock.SetSpeed(speed.Speed);
                    break;
                case RunEnded ended:
                    Clock.Freeze(ended.At);
                    status = SessionStatus.Ended;
                    break;
            }
        }

        if (status is { } changed && changed != Record.Status)
        {
            // The log stays the truth; the status column only lets a restarted server find live sessions.
            await _sessions.SetStatusAsync(Id, changed);
            Record = Record with { Status = changed };
        }
    }

    private async Task<T> Serially<T>(Func<Task<T>> work)
    {
        var completion = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_work.TryAdd(() => CompleteAsync(work, completion), out var ownTurn))
        {
            throw new AppException("session-closed", "the session is closing");
        }

        await ownTurn;
        return await completion.Task;
    }

    private static async Task CompleteAsync<T>(Func<Task<T>> work, TaskCompletionSource<T> completion)
    {
        try
        {
            completion.SetResult(await work());
        }
        catch (Exception error)
        {
            completion.SetException(error);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _work.CloseAsync();
    }
}
