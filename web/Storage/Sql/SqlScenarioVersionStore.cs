namespace ReferralSim.Web.Storage.Sql;

/// <summary>The exact scenario texts sessions ran, in <c>scenario_versions</c>, keyed by (scenario id, content hash).</summary>
public sealed class SqlScenarioVersionStore(SqlDatabase database) : IScenarioVersionStore
{
    private const string Columns = "scenario_id, content_hash, version, yaml, saved_at";

    public async Task SaveAsync(ScenarioVersionRecord version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(version);
        var dialect = database.Dialect;
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

        // The same text under the same hash is the same version: keep the first one saved.
        await using var command = SqlDatabase.Command(
            connection,
            $"""
            INSERT INTO scenario_versions ({Columns})
            VALUES (@scenario_id, @content_hash, @version, @yaml, @saved_at)
            ON CONFLICT (scenario_id, content_hash) DO NOTHING;
            """);
        SqlDatabase.AddParameter(command, "@scenario_id", version.ScenarioId);
        SqlDatabase.AddParameter(command, "@content_hash", version.ContentHash);
        SqlDatabase.AddParameter(command, "@version", version.Version);
        SqlDatabase.AddParameter(command, "@yaml", version.Yaml);
        SqlDatabase.AddParameter(command, "@saved_at", dialect.ToDb(version.SavedAt));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<ScenarioVersionRecord?> FindAsync(string scenarioId, string contentHash, CancellationToken cancellationToken = default)
    {
        var found = await QueryAsync(
            $"SELECT {Columns} FROM scenario_versions WHERE scenario_id = @scenario_id AND content_hash = @content_hash;",
            command =>
            {
                SqlDatabase.AddParameter(command, "@scenario_id", scenarioId);
                SqlDatabase.AddParameter(command, "@content_hash", contentHash);
            },
            cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    public Task<IReadOnlyList<ScenarioVersionRecord>> ListAsync(CancellationToken cancellationToken = default) =>
        QueryAsync($"SELECT {Columns} FROM scenario_versions ORDER BY scenario_id, version DESC, saved_at DESC, content_hash;", _ => { }, cancellationToken);

    private async Task<IReadOnlyList<ScenarioVersionRecord>> QueryAsync(string sql, Action<System.Data.Common.DbCommand> bind, CancellationToken cancellationToken)
    {
        var dialect = database.Dialect;
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = SqlDatabase.Command(connection, sql);
        bind(command);
        var versions = new List<ScenarioVersionRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            versions.Add(new ScenarioVersionRecord(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetInt32(2),
                reader.GetString(3),
                dialect.ReadTimestamp(reader, 4)));
        }

        return versions;
    }
}
