using Microsoft.Data.Sqlite;
using ReferralSim.Web.Storage.Sql;

namespace ReferralSim.Web.Tests.Storage;

/// <summary>A real database file in a fresh temporary folder.</summary>
public sealed class SqliteFixture : StorageFixture
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "referralsim-storage-" + Guid.NewGuid().ToString("N"));

    public string DatabaseFile => Path.Combine(Folder, "referralsim.db");

    public override string Provider => "sqlite";

    public override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "sqlite",
        ["Storage:ConnectionString"] = SqliteDialect.ConnectionStringFor(DatabaseFile),
    };

    public override SqlDialect CreateDialect() => new SqliteDialect(SqliteDialect.ConnectionStringFor(DatabaseFile));

    public override Task<SqlDialect> CreateEmptyDatabaseAsync() =>
        Task.FromResult<SqlDialect>(new SqliteDialect(SqliteDialect.ConnectionStringFor(Path.Combine(Folder, Guid.NewGuid().ToString("N") + ".db"))));

    public override Task InitializeAsync()
    {
        Directory.CreateDirectory(Folder);
        return Task.CompletedTask;
    }

    public override Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
        return Task.CompletedTask;
    }
}
