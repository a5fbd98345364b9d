using ReferralSim.Web.Storage.Sql;

namespace ReferralSim.Web.Tests.Storage;

/// <summary>One empty database per test class, on one provider.</summary>
public abstract class StorageFixture : IAsyncLifetime
{
    public ManualTimeProvider Time { get; } = new(new DateTimeOffset(2025, 3, 14, 9, 30, 0, TimeSpan.Zero));

    public abstract string Provider { get; }

    /// <summary>The <c>Storage</c> settings that select this database through the registration.</summary>
    public abstract IReadOnlyDictionary<string, string?> Settings { get; }

    /// <summary>A new dialect (its own connections) on this class's database: a store "reopened".</summary>
    public abstract SqlDialect CreateDialect();

    /// <summary>A dialect on a further, empty database.</summary>
    public abstract Task<SqlDialect> CreateEmptyDatabaseAsync();

    /// <summary>A new store instance on this class's database; the test disposes it.</summary>
    public SqlDatabase OpenDatabase() => new(CreateDialect(), Time);

    public abstract Task InitializeAsync();

    public abstract Task DisposeAsync();
}
