using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Logging;
using ReferralSim.Web.Hubs;
using ReferralSim.Web.Logging;

namespace ReferralSim.Web.Components.Live;

/// <summary>
/// Renders and pushes live fragments outside the session's loop, so HTML rendering never holds up
/// the next command or the reply to the sender. The loop builds the views (snapshots of the run, read
/// consistently) and queues them here; per session one drainer renders and sends them in the order
/// queued. When it falls behind, only the newest fragments of each group are rendered: a fragment
/// replaces the whole live part, and the browser applies the highest sequence it is given.
/// </summary>
public sealed class FragmentPusher(IHubContext<SessionHub> hub, ILogger<FragmentPusher> logger) : IDisposable
{
    public const string FragmentsMethod = "fragments";

    private readonly ConcurrentDictionary<Guid, SessionQueue> _sessions = new();

    // Rendering is CPU work: no more renders run at once than there are cores, and drainers wait for
    // their turn here, asynchronously, instead of holding thread-pool threads the sessions' loops need.
    private readonly SemaphoreSlim _rendering = new(Environment.ProcessorCount, Environment.ProcessorCount);

    /// <summary>Queues a push to <paramref name="group"/>: <paramref name="render"/> runs later, off the session's loop.</summary>
    public void Enqueue(Guid sessionId, string group, long sequence, Func<Task<string>> render)
    {
        var queue = _sessions.GetOrAdd(sessionId, _ => new SessionQueue());
        queue.Pending.Enqueue(new Push(group, sequence, render));
        if (Interlocked.CompareExchange(ref queue.Draining, 1, 0) == 0)
        {
            _ = Task.Run(() => DrainAsync(queue));
        }
    }

    private async Task DrainAsync(SessionQueue queue)
    {
        while (true)
        {
            var newest = new List<Push>();
            while (queue.Pending.TryDequeue(out var push))
            {
                // A later push to the same group supersedes this one; keep the order of what remains.
                newest.RemoveAll(p => p.Group == push.Group);
                newest.Add(push);
            }

            foreach (var push in newest)
            {
                try
                {
                    string html;
                    await _rendering.WaitAsync();
                    try
                    {
                        html = await push.Render();
                    }
                    finally
                    {
                        _rendering.Release();
                    }

                    await hub.Clients.Group(push.Group).SendAsync(FragmentsMethod, new FragmentsMessage(push.Sequence, html));
                }
                catch (Exception error)
                {
                    // The events are committed and were pushed as events; a browser that misses this
                    // fragment catches up on its next push or resync.
                    Log.FragmentPushFailed(logger, error, push.Group);
                }
            }

            Volatile.Write(ref queue.Draining, 0);
            if (queue.Pending.IsEmpty || Interlocked.CompareExchange(ref queue.Draining, 1, 0) != 0)
            {
                return;
            }
        }
    }

    public void Dispose() => _rendering.Dispose();

    private sealed record Push(string Group, long Sequence, Func<Task<string>> Render);

    private sealed class SessionQueue
    {
        public readonly ConcurrentQueue<Push> Pending = new();
        public int Draining;
    }
}

/// <summary>What the browser receives: the stream position the fragments reflect, and the turbo-stream HTML.</summary>
public sealed record FragmentsMessage(long Sequence, string Html);
