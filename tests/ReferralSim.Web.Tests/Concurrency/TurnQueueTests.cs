using ReferralSim.Web.Concurrency;

namespace ReferralSim.Web.Tests.Concurrency;

/// <summary>
/// The queue behind a session's single writer and the group-commit writer: one turn at a time, in
/// order; the caller that finds it idle takes its turn on its own thread, and what waits meanwhile is
/// taken by a drainer, not by that caller.
/// </summary>
public sealed class TurnQueueTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public void AnItemThatFindsNoTurnUnderWayIsHandledBeforeTheCallerGetsItsTurnBack()
    {
        var turns = new List<List<int>>();
        var queue = new TurnQueue<int>(turn => { turns.Add([.. turn]); return Task.CompletedTask; }, maxPerTurn: 8);

        Assert.True(queue.TryAdd(1, out var ownTurn));

        // Handled synchronously, on the caller's thread: nothing was handed over.
        Assert.True(ownTurn.IsCompletedSuccessfully);
        Assert.Equal([[1]], turns);
    }

    [Fact]
    public async Task ItemsAddedDuringATurnWaitAndAreTakenInOrderInTurnsOfAtMostTheBound()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var turns = new List<List<int>>();
        var handled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var queue = new TurnQueue<int>(async turn =>
        {
            lock (turns)
            {
                turns.Add([.. turn]);
            }

            if (turn.Contains(1))
            {
                await gate.Task;
            }

            if (turn.Contains(5))
            {
                handled.SetResult();
            }
        }, maxPerTurn: 2);

        Assert.True(queue.TryAdd(1, out var firstTurn));
        var waiting = new List<Task>();
        foreach (var item in new[] { 2, 3, 4, 5 })
        {
            Assert.True(queue.TryAdd(item, out var ownTurn));
            waiting.Add(ownTurn);
        }

        // The first item's turn is still under way: the others only wait, their callers free at once.
        Assert.False(firstTurn.IsCompleted);
        Assert.All(waiting, turn => Assert.True(turn.IsCompletedSuccessfully));

        gate.SetResult();
        await firstTurn.WaitAsync(Patience);
        await handled.Task.WaitAsync(Patience);
        lock (turns)
        {
            Assert.Equal([[1], [2, 3], [4, 5]], turns);
        }
    }

    [Fact]
    public async Task ATurnThatThrowsFailsItsCallerAndLeavesTheQueueTakingLaterItems()
    {
        var handled = new List<int>();
        var queue = new TurnQueue<int>(turn =>
        {
            if (turn.Contains(1))
            {
                throw new InvalidOperationException("broken turn");
            }

            handled.AddRange(turn);
            return Task.CompletedTask;
        }, maxPerTurn: 8);

        Assert.True(queue.TryAdd(1, out var brokenTurn));
        await Assert.ThrowsAsync<InvalidOperationException>(() => brokenTurn);

        Assert.True(queue.TryAdd(2, out var nextTurn));
        await nextTurn.WaitAsync(Patience);
        Assert.Equal([2], handled);
    }

    [Fact]
    public async Task ClosingRefusesNewItemsAndCompletesOnlyOnceWhatWaitedIsHandled()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handled = new List<int>();
        var queue = new TurnQueue<int>(async turn =>
        {
            if (turn.Contains(1))
            {
                await gate.Task;
            }

            lock (handled)
            {
                handled.AddRange(turn);
            }
        }, maxPerTurn: 8);
        Assert.True(queue.TryAdd(1, out var firstTurn));
        Assert.True(queue.TryAdd(2, out _));

        var closed = queue.CloseAsync();

        Assert.False(queue.TryAdd(3, out var refusedTurn));
        Assert.True(refusedTurn.IsCompletedSuccessfully);
        Assert.False(closed.IsCompleted);

        gate.SetResult();
        await closed.WaitAsync(Patience);
        await firstTurn.WaitAsync(Patience);
        lock (handled)
        {
            Assert.Equal([1, 2], handled);
        }
    }

    [Fact]
    public async Task ClosingAnIdleQueueCompletesAtOnce()
    {
        var queue = new TurnQueue<int>(_ => Task.CompletedTask, maxPerTurn: 1);
        Assert.True(queue.TryAdd(1, out _));

        await queue.CloseAsync().WaitAsync(Patience);

        Assert.False(queue.TryAdd(2, out _));
    }

    [Fact]
    public async Task WaitingItemsAreNotHandledUnderTheContextOfTheCallerWhoseTurnWasUnderWay()
    {
        var callerContext = new AsyncLocal<string?>();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var seenBySecond = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var queue = new TurnQueue<int>(async turn =>
        {
            if (turn.Contains(1))
            {
                await gate.Task;
            }
            else
            {
                seenBySecond.SetResult(callerContext.Value);
            }
        }, maxPerTurn: 1);

        callerContext.Value = "first caller";
        Assert.True(queue.TryAdd(1, out var firstTurn));
        callerContext.Value = null;
        await Task.Run(() => queue.TryAdd(2, out _));

        gate.SetResult();
        await firstTurn.WaitAsync(Patience);
        Assert.Null(await seenBySecond.Task.WaitAsync(Patience));
    }
}
