using System.Data.Common;

namespace ReferralSim.Web.Storage.Sql;

/// <summary>
/// One database (SQLite or PostgreSQL, through its <see cref="SqlDialect"/>): brings the schema up
/// to date once, before the first use, opens connections for the stores, and owns the one writer
/// of event appends (<see cref="GroupCommitWriter"/>).
/// </summary>
public sealed class SqlDatabase : IStorageHealthCheck, IAsyncDisposable
{
    private readonly SemaphoreSlim initialising = new(1, 1);
    private readonly GroupCommitWriter appends;
    private volatile bool initialised;

    public SqlDatabase(SqlDialect dialect, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        ArgumentNullException.ThrowIfNull(time);
        Dialect = dialect;
        Time = time;
        appends = new GroupCommitWriter(this);
    }

    public SqlDialect Dialect { get; }

    /// <summary>The wall clock for <c>recorded_at</c> and the like (injected so tests control it).</summary>
    public TimeProvider Time { get; }

    /// <summary>Applies pending migrations, once per instance (later calls return at once).</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        if (initialised)
        {
            return;
        }

        await initialising.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!initialised)
            {
                await SchemaMigrations.ApplyAsync(Dialect, Time, cancellationToken).ConfigureAwait(false);
                initialised = true;
            }
        }
        finally
        {
            initialising.Release();
        }
    }

    /// <summary>An open connection to an up-to-date database; the caller disposes it.</summary>
    public async ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken = default)
    {
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        return await Dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The writer of event appends, over an up-to-date database.</summary>
    internal async ValueTask<GroupCommitWriter> AppendsAsync(CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        return appends;
    }

    public static DbCommand Command(DbConnection connection, string sql, DbTransaction? transaction = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    /// <summary>Adds <c>@name</c> (both engines accept this style); null becomes SQL NULL.</summary>
    public static DbParameter AddParameter(DbCommand command, string name, object? value)
    {
        ArgumentNullException.ThrowIfNull(command);
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return parameter;
    }

    public async Task<StorageHealth> CheckAsync(CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(5));
        try
        {
            await using var connection = await Dialect.OpenConnectionAsync(timeout.Token).ConfigureAwait(false);
            await using var command = Command(connection, "SELECT 1;");
            var result = await command.ExecuteScalarAsync(timeout.Token).ConfigureAwait(false);
            return Convert.ToInt32(result, System.Globalization.CultureInfo.InvariantCulture) == 1
                ? new StorageHealth(Dialect.Name, true, null)
                : new StorageHealth(Dialect.Name, false, "SELECT 1 did not return 1");
        }
        catch (Exception error) when (error is DbException or TimeoutException or InvalidOperationException
            || (error is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return new StorageHealth(Dialect.Name, false, error.Message);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await appends.DisposeAsync().ConfigureAwait(false);
        await Dialect.DisposeAsync().ConfigureAwait(false);
        initialising.Dispose();
    }
}
