using System.Data.Common;
using Npgsql;

namespace ReferralSim.Web.Storage.Sql;

/// <summary>PostgreSQL through one <see cref="NpgsqlDataSource"/> (its connection pool).</summary>
public sealed class PostgresDialect : SqlDialect
{
    // Any fixed number: the advisory lock that serialises migrations between processes.
    private const long MigrationLockKey = 0x5265_6653_696D; // "RefSim"

    private readonly NpgsqlDataSource dataSource;

    public PostgresDialect(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        dataSource = NpgsqlDataSource.Create(connectionString);
    }

    public override string Name => "postgres";

    public override string UuidType => "uuid";

    public override string TimestampType => "timestamptz";

    public override string BoolType => "boolean";

    public override string BigIntType => "bigint";

    public override async ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    public override async Task<DbTransaction> BeginMigrationTransactionAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"SELECT pg_advisory_xact_lock({MigrationLockKey});";
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return transaction;
        }
        catch
        {
            await transaction.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public override bool IsUniqueViolation(DbException exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    public override bool IsForeignKeyViolation(DbException exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.ForeignKeyViolation };

    public override object ToDb(Guid value) => value;

    public override object ToDb(DateTimeOffset value) => Normalise(value);

    public override Guid ReadGuid(DbDataReader reader, int ordinal) => reader.GetGuid(ordinal);

    public override DateTimeOffset ReadTimestamp(DbDataReader reader, int ordinal) =>
        reader.GetFieldValue<DateTimeOffset>(ordinal);

    public override ValueTask DisposeAsync() => dataSource.DisposeAsync();
}
