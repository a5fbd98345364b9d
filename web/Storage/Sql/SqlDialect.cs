using System.Data.Common;

namespace ReferralSim.Web.Storage.Sql;

/// <summary>
/// The few places where SQLite and PostgreSQL differ; everything else (the stores, the migration
/// runner) is one code path over plain ADO.NET. Both engines accept <c>@name</c> parameters and
/// <c>INSERT ... ON CONFLICT DO NOTHING</c>, so those are written once in the stores.
/// </summary>
public abstract class SqlDialect : IAsyncDisposable
{
    /// <summary><c>sqlite</c> or <c>postgres</c>, as in the <c>Storage:Provider</c> setting.</summary>
    public abstract string Name { get; }

    /// <summary>Column types the schema scripts refer to as <c>{uuid}</c>, <c>{timestamp}</c>, <c>{bool}</c>, <c>{bigint}</c>.</summary>
    public abstract string UuidType { get; }

    public abstract string TimestampType { get; }

    public abstract string BoolType { get; }

    public abstract string BigIntType { get; }

    /// <summary>An open connection, configured for this engine.</summary>
    public abstract ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>The connection the event appends are written through (<see cref="GroupCommitWriter"/>); it lives long.</summary>
    public virtual ValueTask<DbConnection> OpenAppendWriterAsync(CancellationToken cancellationToken) => OpenConnectionAsync(cancellationToken);

    /// <summary>Told after each group commit of event appends; an engine that needs upkeep after writes does it here, off the writer's path.</summary>
    public virtual void AppendsCommitted()
    {
    }

    /// <summary>
    /// Starts a transaction that will write: on SQLite it takes the write lock at once (BEGIN
    /// IMMEDIATE), so a read-then-write cannot fail half-way on a lock upgrade.
    /// </summary>
    public virtual async Task<DbTransaction> BeginWriteTransactionAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Starts the transaction that applies migrations, holding a lock so that two processes
    /// starting at once apply each script once.
    /// </summary>
    public abstract Task<DbTransaction> BeginMigrationTransactionAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Runs once before the first migration (creating the database file, setting the journal mode).</summary>
    public virtual Task PrepareAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>A unique or primary key constraint was violated.</summary>
    public abstract bool IsUniqueViolation(DbException exception);

    /// <summary>A foreign key constraint was violated.</summary>
    public abstract bool IsForeignKeyViolation(DbException exception);

    /// <summary>A value as this engine stores it (ids and instants differ; the rest pass through).</summary>
    public abstract object ToDb(Guid value);

    public abstract object ToDb(DateTimeOffset value);

    public abstract Guid ReadGuid(DbDataReader reader, int ordinal);

    public abstract DateTimeOffset ReadTimestamp(DbDataReader reader, int ordinal);

    public abstract ValueTask DisposeAsync();

    /// <summary>
    /// Instants are stored in UTC to the microsecond (PostgreSQL's precision), on both engines, so a
    /// record reads back equal to what was written whichever engine holds it.
    /// </summary>
    protected static DateTimeOffset Normalise(DateTimeOffset value)
    {
        var utc = value.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % 10), TimeSpan.Zero);
    }
}
