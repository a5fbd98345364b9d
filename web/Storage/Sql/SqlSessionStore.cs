using System.Data.Common;

namespace ReferralSim.Web.Storage.Sql;

/// <summary>Sessions and participants in <c>sessions</c> and <c>participants</c>.</summary>
public sealed class SqlSessionStore(SqlDatabase database) : ISessionStore
{
    private const string SessionColumns = "id, join_code, facilitator_id, scenario_id, scenario_hash, seed, language, status, created_at";
    private const string ParticipantColumns = "id, session_id, display_name, role, token_hash, is_bot, joined_at";

    public async Task CreateAsync(SessionRecord session, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        var dialect = database.Dialect;
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = SqlDatabase.Command(
            connection,
            $"""
            INSERT INTO sessions ({SessionColumns})
            VALUES (@id, @join_code, @facilitator_id, @scenario_id, @scenario_hash, @seed, @language, @status, @created_at);
            """);
        SqlDatabase.AddParameter(command, "@id", dialect.ToDb(session.Id));
        SqlDatabase.AddParameter(command, "@join_code", session.JoinCode);
        SqlDatabase.AddParameter(command, "@facilitator_id", dialect.ToDb(session.FacilitatorId));
        SqlDatabase.AddParameter(command, "@scenario_id", session.ScenarioId);
        SqlDatabase.AddParameter(command, "@scenario_hash", session.ScenarioHash);
        SqlDatabase.AddParameter(command, "@seed", session.Seed);
        SqlDatabase.AddParameter(command, "@language", session.Language);
        SqlDatabase.AddParameter(command, "@status", StatusName(session.Status));
        SqlDatabase.AddParameter(command, "@created_at", dialect.ToDb(session.CreatedAt));
        try
        {
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbException error) when (dialect.IsUniqueViolation(error))
        {
            throw new DuplicateKeyException($"a session with id {session.Id} or join code '{session.JoinCode}' already exists", error);
        }
    }

    public Task<SessionRecord?> FindAsync(Guid sessionId, CancellationToken cancellationToken = default) =>
        FindSessionAsync("id = @key", database.Dialect.ToDb(sessionId), cancellationToken);

    public Task<SessionRecord?> FindByJoinCodeAsync(string joinCode, CancellationToken cancellationToken = default) =>
        FindSessionAsync("join_code = @key", joinCode, cancellationToken);

    public Task<IReadOnlyList<SessionRecord>> ListByFacilitatorAsync(Guid facilitatorId, CancellationToken cancellationToken = default) =>
        ListSessionsAsync("facilitator_id = @key", database.Dialect.ToDb(facilitatorId), cancellationToken);

    public Task<IReadOnlyList<SessionRecord>> ListLiveAsync(CancellationToken cancellationToken = default) =>
        ListSessionsAsync("status IN ('running', 'paused')", null, cancellationToken);

    public async Task SetStatusAsync(Guid sessionId, SessionStatus status, CancellationToken cancellationToken = default)
    {
        var dialect = database.Dialect;
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = SqlDatabase.Command(connection, "UPDATE sessions SET status = @status WHERE id = @id;");
        SqlDatabase.AddParameter(command, "@status", StatusName(status));
        SqlDatabase.AddParameter(command, "@id", dialect.ToDb(sessionId));
        if (await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
        {
            throw new KeyNotFoundException($"no session {sessionId}");
        }
    }

    public async Task AddParticipantAsync(ParticipantRecord participant, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(participant);
        var dialect = database.Dialect;
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = SqlDatabase.Command(
            connection,
            $"""
            INSERT INTO participants ({ParticipantColumns})
            VALUES (@id, @session_id, @display_name, @role, @token_hash, @is_bot, @joined_at);
            """);
        SqlDatabase.AddParameter(command, "@id", dialect.ToDb(participant.Id));
        SqlDatabase.AddParameter(command, "@session_id", dialect.ToDb(participant.SessionId));
        SqlDatabase.AddParameter(command, "@display_name", participant.DisplayName);
        SqlDatabase.AddParameter(command, "@role", participant.Role);
        SqlDatabase.AddParameter(command, "@token_hash", participant.TokenHash);
        SqlDatabase.AddParameter(command, "@is_bot", participant.IsBot);
        SqlDatabase.AddParameter(command, "@joined_at", dialect.ToDb(participant.JoinedAt));
        try
        {
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbException error) when (dialect.IsUniqueViolation(error))
        {
            throw new DuplicateKeyException($"a participant with id {participant.Id} or the same token already exists", error);
        }
        catch (DbException error) when (dialect.IsForeignKeyViolation(error))
        {
            throw new KeyNotFoundException($"no session {participant.SessionId} for participant {participant.Id}", error);
        }
    }

    public async Task<ParticipantRecord?> FindParticipantByTokenHashAsync(string tokenHash, CancellationToken cancellationToken = default)
    {
        var found = await ListParticipantsAsync("token_hash = @key", tokenHash, cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    public Task<IReadOnlyList<ParticipantRecord>> ListParticipantsAsync(Guid sessionId, CancellationToken cancellationToken = default) =>
        ListParticipantsAsync("session_id = @key", database.Dialect.ToDb(sessionId), cancellationToken);

    public async Task AssignRoleAsync(Guid participantId, string? role, CancellationToken cancellationToken = default)
    {
        var dialect = database.Dialect;
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = SqlDatabase.Command(connection, "UPDATE participants SET role = @role WHERE id = @id;");
        SqlDatabase.AddParameter(command, "@role", role);
        SqlDatabase.AddParameter(command, "@id", dialect.ToDb(participantId));
        if (await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
        {
            throw new KeyNotFoundException($"no participant {participantId}");
        }
    }

    private static string StatusName(SessionStatus status) => status switch
    {
        SessionStatus.Lobby => "lobby",
        SessionStatus.Running => "running",
        SessionStatus.Paused => "paused",
        SessionStatus.Ended => "ended",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "not a session status"),
    };

    private static SessionStatus ParseStatus(string name) => name switch
    {
        "lobby" => SessionStatus.Lobby,
        "running" => SessionStatus.Running,
        "paused" => SessionStatus.Paused,
        "ended" => SessionStatus.Ended,
        _ => throw new InvalidDataException($"'{name}' is not a session status"),
    };

    private async Task<SessionRecord?> FindSessionAsync(string where, object key, CancellationToken cancellationToken)
    {
        var found = await ListSessionsAsync(where, key, cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    // `where` is always one of this class's constant conditions; a value travels as @key.
    private async Task<IReadOnlyList<SessionRecord>> ListSessionsAsync(string where, object? key, CancellationToken cancellationToken)
    {
        var dialect = database.Dialect;
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = SqlDatabase.Command(connection, $"SELECT {SessionColumns} FROM sessions WHERE {where} ORDER BY created_at DESC, id;");
        if (key is not null)
        {
            SqlDatabase.AddParameter(command, "@key", key);
        }

        var sessions = new List<SessionRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            sessions.Add(new SessionRecord(
                dialect.ReadGuid(reader, 0),
                reader.GetString(1),
                dialect.ReadGuid(reader, 2),
                reader.GetString(3),
                reader.GetString(4),
                reader.GetInt32(5),
                reader.GetString(6),
                ParseStatus(reader.GetString(7)),
                dialect.ReadTimestamp(reader, 8)));
        }

        return sessions;
    }

    private async Task<IReadOnlyList<ParticipantRecord>> ListParticipantsAsync(string where, object key, CancellationToken cancellationToken)
    {
        var dialect = database.Dialect;
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = SqlDatabase.Command(connection, $"SELECT {ParticipantColumns} FROM participants WHERE {where} ORDER BY joined_at, id;");
        SqlDatabase.AddParameter(command, "@key", key);
        var participants = new List<ParticipantRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            participants.Add(new ParticipantRecord(
                dialect.ReadGuid(reader, 0),
                dialect.ReadGuid(reader, 1),
                reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.GetString(4),
                reader.GetBoolean(5),
                dialect.ReadTimestamp(reader, 6)));
        }

        return participants;
    }
}
