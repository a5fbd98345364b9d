using System.Collections.Frozen;
using System.Data.Common;
using System.Reflection;
using System.Text.Json.Serialization;
using ReferralSim.Engine.Runtime.Events;
using ReferralSim.Engine.Runtime.Serialization;

namespace ReferralSim.Web.Storage.Sql;

/// <summary>
/// Event streams in <c>session_events</c>. An append checks that the stream is at the expected
/// version and inserts the batch in one transaction (shared with other sessions' appends by the
/// database's <see cref="GroupCommitWriter"/>); the task completes only after the commit, so an
/// event is durable before anyone is told about it. Two writers racing past the check (two nodes on
/// PostgreSQL) are caught by the (session_id, sequence) primary key, and the loser's batch is
/// rolled back whole.
/// </summary>
public sealed class SqlEventStore(SqlDatabase database) : IEventStore
{
    // The "type" column holds the JSON discriminator ("narrated", "message-sent"), for queries.
    private static readonly FrozenDictionary<Type, string> TypeNames = ReadTypeNames();

    public async Task<long> AppendAsync(Guid sessionId, long expectedVersion, IReadOnlyList<RunEvent> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        var rows = events.Select(e => new GroupCommitWriter.Row(TypeName(e), RunEventJson.Serialize(e), e.At.Seconds)).ToList();
        if (rows.Count > 0)
        {
            // Once queued, the append is committed or refused whatever the token says: abandoning it
            // half-way would leave the caller unsure whether it is stored.
            cancellationToken.ThrowIfCancellationRequested();
            var appends = await database.AppendsAsync(cancellationToken).ConfigureAwait(false);
            return await appends.AppendAsync(sessionId, expectedVersion, rows, database.Dialect.ToDb(database.Time.GetUtcNow())).ConfigureAwait(false);
        }

        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var version = await CurrentVersionAsync(connection, null, database.Dialect, sessionId, cancellationToken).ConfigureAwait(false);
        return version == expectedVersion ? version : throw new EventStoreConcurrencyException(sessionId, expectedVersion, version);
    }

    public async Task<IReadOnlyList<StoredEvent>> ReadAsync(Guid sessionId, long afterSequence = 0, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(afterSequence);
        var dialect = database.Dialect;
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = SqlDatabase.Command(
            connection,
            """
            SELECT sequence, payload, recorded_at FROM session_events
            WHERE session_id = @session AND sequence > @after
            ORDER BY sequence;
            """);
        SqlDatabase.AddParameter(command, "@session", dialect.ToDb(sessionId));
        SqlDatabase.AddParameter(command, "@after", afterSequence);
        var events = new List<StoredEvent>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            events.Add(new StoredEvent(reader.GetInt64(0), RunEventJson.Deserialize(reader.GetString(1)), dialect.ReadTimestamp(reader, 2)));
        }

        return events;
    }

    private static FrozenDictionary<Type, string> ReadTypeNames()
    {
        var names = new Dictionary<Type, string>();
        foreach (var derived in typeof(RunEvent).GetCustomAttributes<JsonDerivedTypeAttribute>())
        {
            if (derived.TypeDiscriminator is string name)
            {
                names[derived.DerivedType] = name;
            }
        }

        return names.ToFrozenDictionary();
    }

    private static string TypeName(RunEvent runEvent) =>
        TypeNames.TryGetValue(runEvent.GetType(), out var name)
            ? name
            : throw new ArgumentException($"{runEvent.GetType().Name} is not a registered event type", nameof(runEvent));

    /// <summary>The stream's version: its last sequence, 0 when empty.</summary>
    internal static async Task<long> CurrentVersionAsync(DbConnection connection, DbTransaction? transaction, SqlDialect dialect, Guid sessionId, CancellationToken cancellationToken)
    {
        await using var command = SqlDatabase.Command(connection, "SELECT COALESCE(MAX(sequence), 0) FROM session_events WHERE session_id = @session;", transaction);
        SqlDatabase.AddParameter(command, "@session", dialect.ToDb(sessionId));
        var result = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return Convert.ToInt64(result, System.Globalization.CultureInfo.InvariantCulture);
    }
}
