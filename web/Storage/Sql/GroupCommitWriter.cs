using System.Data.Common;
using ReferralSim.Web.Concurrency;

namespace ReferralSim.Web.Storage.Sql;

/// <summary>
/// Writes the event appends of one database through one long-lived connection, in group commits:
/// each turn takes every append that is waiting, writes them in one transaction (each inside its own
/// savepoint, so one refused append leaves the others whole), commits once, and only then completes
/// their tasks. Many sessions then share one durable commit (one fsync on SQLite) instead of queueing
/// for the database's write lock one commit each; no append is acknowledged before its commit.
/// An append that finds the writer idle writes its turn on its caller's thread (<see cref="TurnQueue{T}"/>).
/// </summary>
internal sealed class GroupCommitWriter : IAsyncDisposable
{
    // Bounds one transaction; at 100 sessions acting once a second a turn holds a handful.
    private const int MaxAppendsPerCommit = 256;

    private readonly TurnQueue<PendingAppend> _pending;
    private readonly SqlDatabase _database;
    private DbConnection? _connection;

    public GroupCommitWriter(SqlDatabase database)
    {
        _database = database;
        _pending = new TurnQueue<PendingAppend>(CommitAsync, MaxAppendsPerCommit);
    }

    /// <summary>One event as a row of <c>session_events</c>.</summary>
    public sealed record Row(string Type, string Payload, int SimSeconds);

    /// <summary>
    /// Queues an append of at least one row; completes with the new version once the transaction
    /// holding it has committed, or fails (<see cref="EventStoreConcurrencyException"/>,
    /// <see cref="KeyNotFoundException"/>, or the database's error) with nothing of it stored.
    /// </summary>
    public async Task<long> AppendAsync(Guid sessionId, long expectedVersion, IReadOnlyList<Row> rows, object recordedAt)
    {
        var append = new PendingAppend(sessionId, expectedVersion, rows, recordedAt);
        if (!_pending.TryAdd(append, out var ownTurn))
        {
            throw new ObjectDisposedException(nameof(GroupCommitWriter), "the database is closing");
        }

        await ownTurn.ConfigureAwait(false);
        return await append.Outcome.Task.ConfigureAwait(false);
    }

    private async Task CommitAsync(List<PendingAppend> batch)
    {
        var outcomes = new Func<PendingAppend, bool>[batch.Count];
        try
        {
            if (_connection is null)
            {
                await _database.InitializeAsync().ConfigureAwait(false);
                _connection = await _database.Dialect.OpenAppendWriterAsync(CancellationToken.None).ConfigureAwait(false);
            }
            await using var transaction = await _database.Dialect.BeginWriteTransactionAsync(_connection, CancellationToken.None).ConfigureAwait(false);
            for (var i = 0; i < batch.Count; i++)
            {
                outcomes[i] = await WriteAsync(_connection, transaction, batch[i]).ConfigureAwait(false);
            }

            await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
            _database.Dialect.AppendsCommitted();
        }
        catch (Exception error)
        {
            // Nothing of this transaction is durable: every append in it fails, and the connection is
            // opened afresh for the next turn (it may be what broke).
            foreach (var append in batch)
            {
                append.Outcome.TrySetException(error);
            }

            await CloseConnectionAsync().ConfigureAwait(false);
            return;
        }

        for (var i = 0; i < batch.Count; i++)
        {
            outcomes[i](batch[i]);
        }
    }

    /// <summary>Writes one append inside a savepoint; returns how to complete it once the transaction has committed.</summary>
    private async Task<Func<PendingAppend, bool>> WriteAsync(DbConnection connection, DbTransaction transaction, PendingAppend append)
    {
        const string Savepoint = "append";
        var dialect = _database.Dialect;
        await transaction.SaveAsync(Savepoint).ConfigureAwait(false);
        try
        {
            var current = await SqlEventStore.CurrentVersionAsync(connection, transaction, dialect, append.SessionId, CancellationToken.None).ConfigureAwait(false);
            if (current != append.ExpectedVersion)
            {
                await transaction.ReleaseAsync(Savepoint).ConfigureAwait(false);
                var refused = new EventStoreConcurrencyException(append.SessionId, append.ExpectedVersion, current);
                return a => a.Outcome.TrySetException(refused);
            }

            await InsertAsync(connection, transaction, append).ConfigureAwait(false);
            await transaction.ReleaseAsync(Savepoint).ConfigureAwait(false);
            var version = append.ExpectedVersion + append.Rows.Count;
            return a => a.Outcome.TrySetResult(version);
        }
        catch (DbException error) when (dialect.IsUniqueViolation(error))
        {
            // PostgreSQL: another node appended after our version check; its rows won.
            await transaction.RollbackAsync(Savepoint).ConfigureAwait(false);
            var actual = await SqlEventStore.CurrentVersionAsync(connection, transaction, dialect, append.SessionId, CancellationToken.None).ConfigureAwait(false);
            var refused = new EventStoreConcurrencyException(append.SessionId, append.ExpectedVersion, actual, error);
            return a => a.Outcome.TrySetException(refused);
        }
        catch (DbException error) when (dialect.IsForeignKeyViolation(error))
        {
            await transaction.RollbackAsync(Savepoint).ConfigureAwait(false);
            var missing = new KeyNotFoundException($"session {append.SessionId} does not exist: create the session before appending its events", error);
            return a => a.Outcome.TrySetException(missing);
        }
    }

    private async Task InsertAsync(DbConnection connection, DbTransaction transaction, PendingAppend append)
    {
        var dialect = _database.Dialect;
        await using var insert = SqlDatabase.Command(
            connection,
            """
            INSERT INTO session_events (session_id, sequence, type, payload, sim_seconds, recorded_at)
            VALUES (@session, @sequence, @type, @payload, @sim, @recorded);
            """,
            transaction);
        SqlDatabase.AddParameter(insert, "@session", dialect.ToDb(append.SessionId));
        var sequence = SqlDatabase.AddParameter(insert, "@sequence", 0L);
        var type = SqlDatabase.AddParameter(insert, "@type", string.Empty);
        var payload = SqlDatabase.AddParameter(insert, "@payload", string.Empty);
        var sim = SqlDatabase.AddParameter(insert, "@sim", 0);
        SqlDatabase.AddParameter(insert, "@recorded", append.RecordedAt);
        for (var i = 0; i < append.Rows.Count; i++)
        {
            sequence.Value = append.ExpectedVersion + i + 1;
            type.Value = append.Rows[i].Type;
            payload.Value = append.Rows[i].Payload;
            sim.Value = append.Rows[i].SimSeconds;
            await insert.ExecuteNonQueryAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    private async Task CloseConnectionAsync()
    {
        if (_connection is { } connection)
        {
            _connection = null;
            await connection.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Writes what is queued, then closes the connection.</summary>
    public async ValueTask DisposeAsync()
    {
        await _pending.CloseAsync().ConfigureAwait(false);
        await CloseConnectionAsync().ConfigureAwait(false);
    }

    private sealed record PendingAppend(Guid SessionId, long ExpectedVersion, IReadOnlyList<Row> Rows, object RecordedAt)
    {
        public TaskCompletionSource<long> Outcome { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
