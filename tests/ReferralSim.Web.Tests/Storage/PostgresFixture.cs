using Npgsql;
using ReferralSim.Web.Storage.Sql;

namespace ReferralSim.Web.Tests.Storage;

/// <summary>
/// A fresh database per test class on the server named by <c>REFERRALSIM_TEST_POSTGRES</c>, dropped
/// afterwards. Without the variable every PostgreSQL test fails (it does not skip): run
/// <c>bash tests/run</c>, which starts a server.
/// </summary>
public sealed class PostgresFixture : StorageFixture
{
    public const string Variable = "REFERRALSIM_TEST_POSTGRES";

    private readonly List<string> databases = [];
    private string? serverConnectionString;
    private string? connectionString;

    public override string Provider => "postgres";

    public string ConnectionString =>
        connectionString ?? throw new InvalidOperationException("the PostgreSQL test database was not created");

    public override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "postgres",
        ["Storage:ConnectionString"] = ConnectionString,
    };

    public override SqlDialect CreateDialect() => new PostgresDialect(ConnectionString);

    public override async Task<SqlDialect> CreateEmptyDatabaseAsync() => new PostgresDialect(await CreateDatabaseAsync());

    public override async Task InitializeAsync()
    {
        serverConnectionString = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(serverConnectionString))
        {
            throw new InvalidOperationException(
                $"{Variable} is not set, so the PostgreSQL storage tests cannot run. Run `bash tests/run`, which starts a "
                + $"PostgreSQL server and sets it, or set {Variable} to an Npgsql connection string for a user who may create databases.");
        }

        connectionString = await CreateDatabaseAsync();
    }

    public override async Task DisposeAsync()
    {
        if (serverConnectionString is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(serverConnectionString);
        await connection.OpenAsync();
        foreach (var database in databases)
        {
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE);", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }

    private async Task<string> CreateDatabaseAsync()
    {
        var name = "referralsim_test_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(serverConnectionString))
        {
            await connection.OpenAsync();

            // The name is generated above (letters, digits, underscore): safe to put in the text.
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\";", connection);
            await create.ExecuteNonQueryAsync();
        }

        databases.Add(name);
        return new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name }.ConnectionString;
    }
}
