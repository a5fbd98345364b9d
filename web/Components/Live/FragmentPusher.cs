using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Logging;
using ReferralSim.Web.Hubs;
using ReferralSim.Web.Logging;

namespace ReferralSim.Web.Components.Live;

/// <summary>
/// Renders and pushes live fragments outside the session's single writer, so HTML rendering never
/// holds up the next command or the reply to the sender. The session's command builds the views
/// (snapshots of the run, read consistently) and queues them here; per session one drainer renders
/// and sends them in the order queued. When it falls behind, only the newest view of each group is
/// rendered, with the new feed entries of every push it replaces. A session's queue is dropped once
/// drained, so a server that runs for months keeps none for sessions long over.
/// </summary>
public sealed class FragmentPusher(IHubContext<SessionHub> hub, FragmentGroups groups, ILogger<FragmentPusher> logger) : IDisposable
{
    public const string FragmentsMethod = "fragments";

    // A session has a queue exactly while its drainer runs: the first push creates both, and the
    // drainer removes the queue, under this lock, when it finds it empty. So a push is never left in a
    // queue nobody drains.
    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, Queue<Push>> _sessions = [];

    // Rendering is CPU work: no more renders run at once than there are cores, and drainers wait for
    // their turn here, asynchronously, instead of holding thread-pool threads the sessions' commands need.
    private readonly SemaphoreSlim _rendering = new(Environment.ProcessorCount, Environment.ProcessorCount);

    /// <summary>
    /// Queues a push to <paramref name="group"/> of what changed after sequence
    /// <paramref name="after"/> (0: everything) up to <paramref name="sequence"/>.
    /// <paramref name="render"/> runs later, off the session's single writer, given the sequence to
    /// render from (earlier than <paramref name="after"/> when it replaces pushes not yet sent), what
    /// the group was last sent, and what this turn has rendered.
    /// </summary>
    public void Enqueue(Guid sessionId, string group, long after, long sequence, Func<long, SentParts, RenderCache, Task<string>> render)
    {
        var push = new Push(group, after, sequence, render);
        lock (_gate)
        {
            if (_sessions.TryGetValue(sessionId, out var pending))
            {
                pending.Enqueue(push);
                return;
            }

            _sessions[sessionId] = new Queue<Push>([push]);
        }

        _ = Task.Run(() => DrainAsync(sessionId));
    }

    private async Task DrainAsync(Guid sessionId)
    {
        while (TakeNewest(sessionId) is { Count: > 0 } newest)
        {
            // The groups of one turn mostly show the same new things: each is rendered once.
            var rendered = new RenderCache();
            foreach (var push in newest)
            {
                // Nobody is in the group any more: no one to render for.
                if (groups.Sent(push.Group) is not { } sent)
                {
                    continue;
                }

                try
                {
                    string html;
                    await _rendering.WaitAsync();
                    try
                    {
                        html = await push.Render(push.After, sent, rendered);
                    }
                    finally
                    {
                        _rendering.Release();
                    }

                    // Sent even when nothing reads differently: the pages' position moves on with it.
                    await hub.Clients.Group(push.Group).SendAsync(FragmentsMethod, new FragmentsMessage(push.Sequence, push.After, html));
                }
                catch (Exception error)
                {
                    // The events are committed and were pushed as events; a browser that misses this
                    // fragment sees a gap on its next push and fetches the page's fragments again.
                    Log.FragmentPushFailed(logger, error, push.Group);
                }
            }
        }
    }

    /// <summary>
    /// Takes what is queued for the session, one push per group (the newest, from the earliest
    /// sequence among those it replaces), in the order queued; when nothing is, ends the drainer and
    /// drops the session's queue.
    /// </summary>
    private List<Push> TakeNewest(Guid sessionId)
    {
        lock (_gate)
        {
            var pending = _sessions[sessionId];
            var newest = new List<Push>(pending.Count);
            while (pending.TryDequeue(out var push))
            {
                var replaced = newest.FindIndex(p => p.Group == push.Group);
                if (replaced >= 0)
                {
                    push = push with { After = Math.Min(newest[replaced].After, push.After) };
                    newest.RemoveAt(replaced);
                }

                newest.Add(push);
            }

            if (newest.Count == 0)
            {
                _sessions.Remove(sessionId);
            }

            return newest;
        }
    }

    public void Dispose() => _rendering.Dispose();

    private sealed record Push(string Group, long After, long Sequence, Func<long, SentParts, RenderCache, Task<string>> Render);
}

/// <summary>
/// What the browser receives: the stream position the fragments reflect, the position they continue
/// from (<c>After</c>; 0 when they hold the whole page), and the turbo-stream HTML. A browser that has
/// not yet seen <c>After</c> missed a push, and fetches the page's fragments instead.
/// </summary>
public sealed record FragmentsMessage(long Sequence, long After, string Html);
