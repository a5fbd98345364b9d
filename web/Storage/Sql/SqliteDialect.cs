using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ReferralSim.Web.Storage.Sql;

/// <summary>
/// SQLite in one file (by default <c>{data}/referralsim.db</c>), in WAL mode so that readers never
/// block the writer. Ids are stored as text and instants as ISO 8601 UTC text (sortable).
/// </summary>
public sealed class SqliteDialect : SqlDialect
{
    private static readonly Lazy<bool> NativeLibrary = new(() =>
    {
        SQLitePCL.Batteries_V2.Init();
        return true;
    });

    // Checkpoint after this many group commits (each adds a few pages to the WAL); SQLite's own
    // automatic checkpoint comes after about 1,000 pages.
    private const int CommitsPerCheckpoint = 100;

    private readonly string connectionString;
    private int commitsSinceCheckpoint;
    private int checkpointing;

    public SqliteDialect(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        _ = NativeLibrary.Value;
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (string.IsNullOrWhiteSpace(builder.DataSource))
        {
            throw new ArgumentException("the SQLite connection string has no Data Source", nameof(connectionString));
        }

        // Foreign keys are also switched on per connection below; the keyword makes it explicit.
        builder.ForeignKeys = true;
        this.connectionString = builder.ToString();
        DataSource = builder.DataSource;
    }

    /// <summary>The database file.</summary>
    public string DataSource { get; }

    public override string Name => "sqlite";

    public override string UuidType => "TEXT";

    public override string TimestampType => "TEXT";

    public override string BoolType => "INTEGER";

    public override string BigIntType => "INTEGER";

    /// <summary>A connection string for a database file.</summary>
    public static string ConnectionStringFor(string path) =>
        new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = true }.ToString();

    public override Task PrepareAsync(CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(DataSource));
        if (!string.IsNullOrEmpty(folder) && DataSource != ":memory:")
        {
            Directory.CreateDirectory(folder);
        }

        return SetJournalModeAsync(cancellationToken);
    }

    private async Task SetJournalModeAsync(CancellationToken cancellationToken)
    {
        // The journal mode is a property of the file: set once, it stays.
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public override async ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = connection.CreateCommand();

            // synchronous=FULL: in WAL mode NORMAL only syncs at checkpoints, so a commit that was
            // acknowledged could vanish after a power cut or an OS crash. FULL syncs the WAL on
            // every commit, which is what "nothing acknowledged is ever lost" needs.
            // busy_timeout: a second writer waits for the first instead of failing at once.
            command.CommandText = "PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000;";
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// The appends' writer does not checkpoint the WAL itself (<c>wal_autocheckpoint=0</c>): SQLite's
    /// automatic checkpoint runs inside the COMMIT that crosses the threshold, so every session's
    /// appends would wait for the pages to be copied and the database file synced. A passive
    /// checkpoint on another connection (<see cref="AppendsCommitted"/>) copies them while the
    /// writer goes on; WAL mode lets checkpoints and writes run together.
    /// </summary>
    public override async ValueTask<DbConnection> OpenAppendWriterAsync(CancellationToken cancellationToken)
    {
        var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_autocheckpoint=0;";
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public override void AppendsCommitted()
    {
        if (Interlocked.Increment(ref commitsSinceCheckpoint) < CommitsPerCheckpoint || Interlocked.CompareExchange(ref checkpointing, 1, 0) != 0)
        {
            return;
        }

        Interlocked.Exchange(ref commitsSinceCheckpoint, 0);
        _ = Task.Run(CheckpointAsync);
    }

    private async Task CheckpointAsync()
    {
        try
        {
            await using var connection = await OpenConnectionAsync(CancellationToken.None).ConfigureAwait(false);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
            await command.ExecuteNonQueryAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (SqliteException)
        {
            // Busy or failed: the WAL keeps the pages (nothing is lost) and the next round tries again.
        }
        finally
        {
            Volatile.Write(ref checkpointing, 0);
        }
    }

    public override Task<DbTransaction> BeginWriteTransactionAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        if (connection is not SqliteConnection sqlite)
        {
            throw new ArgumentException("not a SQLite connection", nameof(connection));
        }

        // deferred: false is BEGIN IMMEDIATE: the write lock is taken now (waiting up to the busy
        // timeout), so concurrent appends are serialised and the version check cannot go stale.
        return Task.FromResult<DbTransaction>(sqlite.BeginTransaction(deferred: false));
    }

    public override Task<DbTransaction> BeginMigrationTransactionAsync(DbConnection connection, CancellationToken cancellationToken) =>
        BeginWriteTransactionAsync(connection, cancellationToken);

    public override bool IsUniqueViolation(DbException exception) =>
        exception is SqliteException { SqliteErrorCode: SQLitePCL.raw.SQLITE_CONSTRAINT } sqlite
        && sqlite.SqliteExtendedErrorCode is SQLitePCL.raw.SQLITE_CONSTRAINT_PRIMARYKEY or SQLitePCL.raw.SQLITE_CONSTRAINT_UNIQUE;

    public override bool IsForeignKeyViolation(DbException exception) =>
        exception is SqliteException { SqliteErrorCode: SQLitePCL.raw.SQLITE_CONSTRAINT, SqliteExtendedErrorCode: SQLitePCL.raw.SQLITE_CONSTRAINT_FOREIGNKEY };

    public override object ToDb(Guid value) => value.ToString("D");

    public override object ToDb(DateTimeOffset value) =>
        Normalise(value).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    public override Guid ReadGuid(DbDataReader reader, int ordinal) => Guid.Parse(reader.GetString(ordinal));

    public override DateTimeOffset ReadTimestamp(DbDataReader reader, int ordinal) =>
        DateTimeOffset.ParseExact(
            reader.GetString(ordinal),
            "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'",
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public override ValueTask DisposeAsync()
    {
        // Pooled connections keep the file open; release them so the file can be moved or deleted.
        using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
        return ValueTask.CompletedTask;
    }
}
