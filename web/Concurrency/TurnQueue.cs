namespace ReferralSim.Web.Concurrency;

/// <summary>
/// Items handled in turns, one turn at a time, in the order added; a turn takes every item waiting,
/// up to a bound. The caller whose item finds no turn under way takes the turn itself, on its own
/// thread: in the common case (sessions acting seconds apart) nothing is handed to another thread
/// and back. Items added while a turn is under way wait, and once it ends their turns are taken one
/// after another on the thread pool, so no caller handles other callers' items before it has its own
/// answer.
/// </summary>
/// <param name="takeTurn">Handles one turn's items and completes each, failures included: it is not meant
/// to throw. If it does, later turns still run, but only a turn a caller took itself has someone to
/// hear of it; a turn taken by the drainer has none, and its items are never completed. It must not
/// wait for an item added to the same queue after its own: it would wait for itself.</param>
internal sealed class TurnQueue<T>(Func<List<T>, Task> takeTurn, int maxPerTurn)
{
    private readonly Lock _gate = new();
    private readonly Queue<T> _waiting = [];
    private bool _turnUnderWay;
    private bool _closed;
    private TaskCompletionSource? _drained;

    /// <summary>
    /// Adds <paramref name="item"/>; false, with nothing added, once <see cref="CloseAsync"/> was called.
    /// <paramref name="ownTurn"/> is the turn the caller takes itself, which handles its item; when a
    /// turn was already under way it is complete at once, and the item waits for the drainer.
    /// </summary>
    public bool TryAdd(T item, out Task ownTurn)
    {
        lock (_gate)
        {
            ownTurn = Task.CompletedTask;
            if (_closed)
            {
                return false;
            }

            _waiting.Enqueue(item);
            if (_turnUnderWay)
            {
                return true;
            }

            _turnUnderWay = true;
        }

        ownTurn = TakeTurnAsync();
        return true;
    }

    /// <summary>Refuses new items, then completes once every item added before has been handled.</summary>
    public Task CloseAsync()
    {
        lock (_gate)
        {
            _closed = true;
            if (!_turnUnderWay)
            {
                return Task.CompletedTask;
            }

            _drained ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _drained.Task;
        }
    }

    /// <summary>
    /// Takes one turn, then hands what waits to a drainer on the thread pool, or stops. Handed on even
    /// when the turn throws (a broken <c>takeTurn</c>): the caller sees the error, and the queue is not
    /// left stuck with items nobody takes.
    /// </summary>
    private async Task TakeTurnAsync()
    {
        try
        {
            await takeTurn(NextTurn()).ConfigureAwait(false);
        }
        finally
        {
            HandOnOrStop();
        }
    }

    private void HandOnOrStop()
    {
        if (StopIfNoneWaiting())
        {
            return;
        }

        // What waits belongs to other callers: their drainer does not carry this caller's context.
        using (ExecutionContext.SuppressFlow())
        {
            _ = Task.Run(TakeTurnAsync);
        }
    }

    private List<T> NextTurn()
    {
        lock (_gate)
        {
            var turn = new List<T>(Math.Min(_waiting.Count, maxPerTurn));
            while (turn.Count < maxPerTurn && _waiting.TryDequeue(out var item))
            {
                turn.Add(item);
            }

            return turn;
        }
    }

    private bool StopIfNoneWaiting()
    {
        lock (_gate)
        {
            if (_waiting.Count > 0)
            {
                return false;
            }

            _turnUnderWay = false;
            _drained?.TrySetResult();
            return true;
        }
    }
}
