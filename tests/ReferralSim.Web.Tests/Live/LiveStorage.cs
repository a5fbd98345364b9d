using ReferralSim.Web.Tests.Storage;

namespace ReferralSim.Web.Tests.Live;

/// <summary>Which database the server under test uses: its settings on the command line.</summary>
public interface ILiveStorage
{
    IReadOnlyDictionary<string, string?> ServerSettings { get; }
}

/// <summary>The default: an SQLite file the server creates in its own data folder.</summary>
public sealed class SqliteLiveStorage : ILiveStorage
{
    public IReadOnlyDictionary<string, string?> ServerSettings { get; } = new Dictionary<string, string?>();
}

/// <summary>A fresh PostgreSQL database on the test server (see <see cref="PostgresFixture"/>).</summary>
public sealed class PostgresLiveStorage : ILiveStorage, IAsyncLifetime
{
    private readonly PostgresFixture _postgres = new();

    public IReadOnlyDictionary<string, string?> ServerSettings => _postgres.Settings;

    public Task InitializeAsync() => _postgres.InitializeAsync();

    public Task DisposeAsync() => _postgres.DisposeAsync();
}
