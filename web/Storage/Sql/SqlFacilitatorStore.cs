using System.Data.Common;

namespace ReferralSim.Web.Storage.Sql;

/// <summary>
/// Facilitator accounts in <c>facilitators</c>. User names are kept as typed and matched through
/// <c>user_name_key</c>, the name upper-cased in the invariant culture (as
/// <see cref="StringComparer.OrdinalIgnoreCase"/> compares), which is also what makes them unique.
/// </summary>
public sealed class SqlFacilitatorStore(SqlDatabase database) : IFacilitatorStore
{
    private const string Columns = "id, user_name, password_hash, created_at";

    public async Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = SqlDatabase.Command(connection, "SELECT COUNT(*) FROM facilitators;");
        var result = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return Convert.ToInt32(result, System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task CreateAsync(FacilitatorRecord facilitator, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(facilitator);
        var dialect = database.Dialect;
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = SqlDatabase.Command(
            connection,
            """
            INSERT INTO facilitators (id, user_name, user_name_key, password_hash, created_at)
            VALUES (@id, @user_name, @user_name_key, @password_hash, @created_at);
            """);
        SqlDatabase.AddParameter(command, "@id", dialect.ToDb(facilitator.Id));
        SqlDatabase.AddParameter(command, "@user_name", facilitator.UserName);
        SqlDatabase.AddParameter(command, "@user_name_key", Key(facilitator.UserName));
        SqlDatabase.AddParameter(command, "@password_hash", facilitator.PasswordHash);
        SqlDatabase.AddParameter(command, "@created_at", dialect.ToDb(facilitator.CreatedAt));
        try
        {
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbException error) when (dialect.IsUniqueViolation(error))
        {
            throw new DuplicateKeyException($"the user name '{facilitator.UserName}' is taken", error);
        }
    }

    public Task<FacilitatorRecord?> FindByUserNameAsync(string userName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userName);
        return FindAsync("user_name_key = @key", Key(userName), cancellationToken);
    }

    public Task<FacilitatorRecord?> FindAsync(Guid facilitatorId, CancellationToken cancellationToken = default) =>
        FindAsync("id = @key", database.Dialect.ToDb(facilitatorId), cancellationToken);

    private static string Key(string userName) => userName.ToUpperInvariant();

    // `where` is one of this class's constant conditions; the value travels as @key.
    private async Task<FacilitatorRecord?> FindAsync(string where, object key, CancellationToken cancellationToken)
    {
        var dialect = database.Dialect;
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = SqlDatabase.Command(connection, $"SELECT {Columns} FROM facilitators WHERE {where};");
        SqlDatabase.AddParameter(command, "@key", key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new FacilitatorRecord(dialect.ReadGuid(reader, 0), reader.GetString(1), reader.GetString(2), dialect.ReadTimestamp(reader, 3))
            : null;
    }
}
