using System.Data.Common;

namespace ReferralSim.Web.Storage.Sql;

/// <summary>
/// The schema, as numbered SQL scripts applied in order at start-up.
/// </summary>
/// <remarks>
/// Why plain SQL and not EF Core migrations: Microsoft.EntityFrameworkCore.Design cannot be restored
/// here, so <c>dotnet ef migrations add</c> is unavailable, and the stores are a handful of simple
/// queries over an append-only table, which plain ADO.NET states exactly. Each script is written
/// once for both engines: <c>{uuid}</c>, <c>{timestamp}</c>, <c>{bool}</c> and <c>{bigint}</c> become the
/// dialect's column types. The table <c>schema_version</c> records what has been applied; the
/// whole run is one transaction under a lock, so it is idempotent and safe when two processes start
/// at once. Never edit a released script: add the next one.
/// </remarks>
public static class SchemaMigrations
{
    public sealed record Migration(int Version, string Name, string Sql);

    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "sessions, participants, facilitators, scenario versions, event streams", """
            CREATE TABLE facilitators (
                id {uuid} NOT NULL PRIMARY KEY,
                user_name TEXT NOT NULL,
                -- the user name upper-cased (invariant culture): case-insensitive uniqueness that
                -- behaves the same on both engines, Greek included
                user_name_key TEXT NOT NULL UNIQUE,
                password_hash TEXT NOT NULL,
                created_at {timestamp} NOT NULL
            );

            CREATE TABLE scenario_versions (
                scenario_id TEXT NOT NULL,
                content_hash TEXT NOT NULL,
                version INTEGER NOT NULL,
                yaml TEXT NOT NULL,
                saved_at {timestamp} NOT NULL,
                PRIMARY KEY (scenario_id, content_hash)
            );

            CREATE TABLE sessions (
                id {uuid} NOT NULL PRIMARY KEY,
                join_code TEXT NOT NULL UNIQUE,
                facilitator_id {uuid} NOT NULL,
                scenario_id TEXT NOT NULL,
                scenario_hash TEXT NOT NULL,
                seed INTEGER NOT NULL,
                language TEXT NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('lobby', 'running', 'paused', 'ended')),
                created_at {timestamp} NOT NULL
            );
            CREATE INDEX ix_sessions_facilitator ON sessions (facilitator_id, created_at);
            CREATE INDEX ix_sessions_status ON sessions (status);

            CREATE TABLE participants (
                id {uuid} NOT NULL PRIMARY KEY,
                session_id {uuid} NOT NULL REFERENCES sessions (id),
                display_name TEXT NOT NULL,
                role TEXT NULL,
                token_hash TEXT NOT NULL UNIQUE,
                is_bot {bool} NOT NULL,
                joined_at {timestamp} NOT NULL
            );
            CREATE INDEX ix_participants_session ON participants (session_id, joined_at);

            -- One append-only stream per session. The payload is the engine's event JSON kept as
            -- text (not jsonb), so it reads back byte for byte as it was written.
            CREATE TABLE session_events (
                session_id {uuid} NOT NULL REFERENCES sessions (id),
                sequence {bigint} NOT NULL CHECK (sequence >= 1),
                type TEXT NOT NULL,
                payload TEXT NOT NULL,
                sim_seconds INTEGER NOT NULL,
                recorded_at {timestamp} NOT NULL,
                PRIMARY KEY (session_id, sequence)
            );
            """),
    ];

    /// <summary>The script with the dialect's type names filled in.</summary>
    public static string Render(string sql, SqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(sql);
        ArgumentNullException.ThrowIfNull(dialect);
        return sql
            .Replace("{uuid}", dialect.UuidType, StringComparison.Ordinal)
            .Replace("{timestamp}", dialect.TimestampType, StringComparison.Ordinal)
            .Replace("{bool}", dialect.BoolType, StringComparison.Ordinal)
            .Replace("{bigint}", dialect.BigIntType, StringComparison.Ordinal);
    }

    /// <summary>Applies the scripts the database lacks; returns how many were applied (0 when up to date).</summary>
    /// <exception cref="InvalidOperationException">the database was written by a newer build.</exception>
    public static async Task<int> ApplyAsync(SqlDialect dialect, TimeProvider time, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        ArgumentNullException.ThrowIfNull(time);
        await dialect.PrepareAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await dialect.BeginMigrationTransactionAsync(connection, cancellationToken).ConfigureAwait(false);

        await ExecuteAsync(connection, transaction, Render("""
            CREATE TABLE IF NOT EXISTS schema_version (
                version INTEGER NOT NULL PRIMARY KEY,
                name TEXT NOT NULL,
                applied_at {timestamp} NOT NULL
            );
            """, dialect), cancellationToken).ConfigureAwait(false);

        int current;
        await using (var query = Command(connection, transaction, "SELECT COALESCE(MAX(version), 0) FROM schema_version;"))
        {
            current = Convert.ToInt32(await query.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
        }

        var latest = All[^1].Version;
        if (current > latest)
        {
            throw new InvalidOperationException(
                $"the {dialect.Name} database is at schema version {current}, newer than this build knows ({latest}); run a newer ReferralSim");
        }

        var applied = 0;
        foreach (var migration in All.Where(m => m.Version > current))
        {
            await ExecuteAsync(connection, transaction, Render(migration.Sql, dialect), cancellationToken).ConfigureAwait(false);
            await using var record = Command(connection, transaction, "INSERT INTO schema_version (version, name, applied_at) VALUES (@version, @name, @applied);");
            SqlDatabase.AddParameter(record, "@version", migration.Version);
            SqlDatabase.AddParameter(record, "@name", migration.Name);
            SqlDatabase.AddParameter(record, "@applied", dialect.ToDb(time.GetUtcNow()));
            await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            applied++;
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return applied;
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, sql);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
