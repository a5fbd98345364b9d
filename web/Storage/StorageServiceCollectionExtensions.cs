using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using ReferralSim.Web.Storage.Sql;

namespace ReferralSim.Web.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the stores (<see cref="IEventStore"/>, <see cref="ISessionStore"/>,
    /// <see cref="IFacilitatorStore"/>, <see cref="IScenarioVersionStore"/>) and
    /// <see cref="IStorageHealthCheck"/> over the database chosen by <c>Storage:Provider</c>:
    /// <c>sqlite</c> (default; <c>{dataFolder}/referralsim.db</c> unless
    /// <c>Storage:ConnectionString</c> is set) or <c>postgres</c> (<c>Storage:ConnectionString</c>
    /// required). The schema is brought up to date when the host starts (and, outside a host,
    /// before the first use).
    /// </summary>
    /// <exception cref="InvalidOperationException">the settings are wrong; the message names the setting.</exception>
    public static IServiceCollection AddReferralSimStorage(this IServiceCollection services, IConfiguration configuration, string dataFolder)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentException.ThrowIfNullOrWhiteSpace(dataFolder);

        var options = ReadOptions(configuration);
        var createDialect = DialectFactory(options, dataFolder);

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(provider => new SqlDatabase(createDialect(), provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IEventStore>(provider => new SqlEventStore(provider.GetRequiredService<SqlDatabase>()));
        services.AddSingleton<ISessionStore>(provider => new ParticipantCachingSessionStore(new SqlSessionStore(provider.GetRequiredService<SqlDatabase>())));
        services.AddSingleton<IFacilitatorStore>(provider => new SqlFacilitatorStore(provider.GetRequiredService<SqlDatabase>()));
        services.AddSingleton<IScenarioVersionStore>(provider => new SqlScenarioVersionStore(provider.GetRequiredService<SqlDatabase>()));
        services.AddSingleton<IStorageHealthCheck>(provider => provider.GetRequiredService<SqlDatabase>());
        services.AddHostedService<StorageStartup>();
        return services;
    }

    /// <summary>The <c>Storage</c> section (checked when the stores are registered).</summary>
    public static StorageOptions ReadOptions(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(StorageOptions.Section);
        var provider = section[nameof(StorageOptions.Provider)];
        var options = new StorageOptions
        {
            Provider = string.IsNullOrWhiteSpace(provider) ? "sqlite" : provider.Trim(),
            ConnectionString = string.IsNullOrWhiteSpace(section[nameof(StorageOptions.ConnectionString)]) ? null : section[nameof(StorageOptions.ConnectionString)],
        };
        return options;
    }

    private static Func<SqlDialect> DialectFactory(StorageOptions options, string dataFolder)
    {
        const string providerSetting = $"{StorageOptions.Section}:{nameof(StorageOptions.Provider)}";
        const string connectionSetting = $"{StorageOptions.Section}:{nameof(StorageOptions.ConnectionString)}";

        if (string.Equals(options.Provider, "sqlite", StringComparison.OrdinalIgnoreCase))
        {
            var connectionString = options.ConnectionString ?? SqliteDialect.ConnectionStringFor(Path.Combine(dataFolder, "referralsim.db"));
            try
            {
                _ = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString);
            }
            catch (ArgumentException error)
            {
                throw new InvalidOperationException($"{connectionSetting} is not a valid SQLite connection string: {error.Message}", error);
            }

            return () => new SqliteDialect(connectionString);
        }

        if (string.Equals(options.Provider, "postgres", StringComparison.OrdinalIgnoreCase))
        {
            if (options.ConnectionString is not { } connectionString)
            {
                throw new InvalidOperationException(
                    $"{providerSetting} is 'postgres' but {connectionSetting} is not set; give an Npgsql connection string such as 'Host=localhost;Username=referralsim;Password=...;Database=referralsim'");
            }

            try
            {
                _ = new NpgsqlConnectionStringBuilder(connectionString);
            }
            catch (ArgumentException error)
            {
                throw new InvalidOperationException($"{connectionSetting} is not a valid Npgsql connection string: {error.Message}", error);
            }

            return () => new PostgresDialect(connectionString);
        }

        throw new InvalidOperationException($"{providerSetting} is '{options.Provider}'; it must be 'sqlite' (the default) or 'postgres'");
    }
}
