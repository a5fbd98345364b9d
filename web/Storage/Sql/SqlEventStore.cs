using System.Collections.Frozen;
using System.Data.Common;
using System.Reflection;
using System.Text.Json.Serialization;
using ReferralSim.Engine.Runtime.Events;
using ReferralSim.Engine.Runtime.Serialization;

namespace ReferralSim.Web.Storage.Sql;

/// <summary>
/// Event streams in <c>session_events</c>. An append is one transaction: check that the stream is
/// at the expected version, insert the batch, commit; the task completes only after the commit, so
/// an event is durable before anyone is told about it. Two writers racing past the check are
/// caught by the (session_id, sequence) primary key, and the loser's batch rolls back whole.
/// </summary>
public sealed class SqlEventStore(SqlDatabase database) : IEventStore
{
    // The "type" column holds the JSON discriminator ("narrated", "message-sent"), for queries.
    private static readonly FrozenDictionary<Type, string> TypeNames = ReadTypeNames();

    public async Task<long> AppendAsync(Guid sessionId, long expectedVersion, IReadOnlyList<RunEvent> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        var rows = events.Select(e => (Type: TypeName(e), Payload: RunEventJson.Serialize(e), SimSeconds: e.At.Seconds)).ToList();
        var dialect = database.Dialect;

        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        if (rows.Count == 0)
        {
            var version = await CurrentVersionAsync(connection, null, sessionId, cancellationToken).ConfigureAwait(false);
            return version == expectedVersion ? version : throw new EventStoreConcurrencyException(sessionId, expectedVersion, version);
        }

        var recordedAt = dialect.ToDb(database.Time.GetUtcNow());

        // SQLite: BEGIN IMMEDIATE takes the write lock first, so the version check and the inserts
        // are serialised. PostgreSQL (read committed): a concurrent writer that passed the check
        // blocks on the primary key and then fails with a unique violation, translated below.
        await using var transaction = await dialect.BeginWriteTransactionAsync(connection, cancellationToken).ConfigureAwait(false);
        try
        {
            var current = await CurrentVersionAsync(connection, transaction, sessionId, cancellationToken).ConfigureAwait(false);
            if (current != expectedVersion)
            {
                throw new EventStoreConcurrencyException(sessionId, expectedVersion, current);
            }

            await using var insert = SqlDatabase.Command(
                connection,
                """
                INSERT INTO session_events (session_id, sequence, type, payload, sim_seconds, recorded_at)
                VALUES (@session, @sequence, @type, @payload, @sim, @recorded);
                """,
                transaction);
            SqlDatabase.AddParameter(insert, "@session", dialect.ToDb(sessionId));
            var sequence = SqlDatabase.AddParameter(insert, "@sequence", 0L);
            var type = SqlDatabase.AddParameter(insert, "@type", string.Empty);
            var payload = SqlDatabase.AddParameter(insert, "@payload", string.Empty);
            var sim = SqlDatabase.AddParameter(insert, "@sim", 0);
            SqlDatabase.AddParameter(insert, "@recorded", recordedAt);
            for (var i = 0; i < rows.Count; i++)
            {
                sequence.Value = expectedVersion + i + 1;
                type.Value = rows[i].Type;
                payload.Value = rows[i].Payload;
                sim.Value = rows[i].SimSeconds;
                await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return expectedVersion + rows.Count;
        }
        catch (DbException error) when (dialect.IsUniqueViolation(error))
        {
            await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
            var actual = await CurrentVersionAsync(connection, null, sessionId, CancellationToken.None).ConfigureAwait(false);
            throw new EventStoreConcurrencyException(sessionId, expectedVersion, actual, error);
        }
        catch (DbException error) when (dialect.IsForeignKeyViolation(error))
        {
            throw new KeyNotFoundException($"session {sessionId} does not exist: create the session before appending its events", error);
        }
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

    private async Task<long> CurrentVersionAsync(DbConnection connection, DbTransaction? transaction, Guid sessionId, CancellationToken cancellationToken)
    {
        await using var command = SqlDatabase.Command(connection, "SELECT COALESCE(MAX(sequence), 0) FROM session_events WHERE session_id = @session;", transaction);
        SqlDatabase.AddParameter(command, "@session", database.Dialect.ToDb(sessionId));
        var result = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return Convert.ToInt64(result, System.Globalization.CultureInfo.InvariantCulture);
    }
}
