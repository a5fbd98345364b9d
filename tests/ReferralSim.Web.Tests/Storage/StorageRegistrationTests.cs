using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ReferralSim.Web.Storage;

namespace ReferralSim.Web.Tests.Storage;

public class StorageRegistrationTests
{
    [Fact]
    public void AnUnknownProviderIsAnErrorNamingTheSetting()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Register(new() { ["Storage:Provider"] = "mysql" }));

        Assert.Contains("Storage:Provider", error.Message, StringComparison.Ordinal);
        Assert.Contains("mysql", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PostgresWithoutAConnectionStringIsAnErrorNamingTheSetting()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Register(new() { ["Storage:Provider"] = "postgres" }));

        Assert.Contains("Storage:ConnectionString", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMalformedConnectionStringIsAnErrorNamingTheSetting()
    {
        var error = Assert.Throws<InvalidOperationException>(
            () => Register(new() { ["Storage:Provider"] = "postgres", ["Storage:ConnectionString"] = "Hots=x;Nonsense=1" }));

        Assert.Contains("Storage:ConnectionString", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADatabaseThatIsDownIsReportedUnhealthyNotThrown()
    {
        var services = Register(new() { ["Storage:Provider"] = "postgres", ["Storage:ConnectionString"] = "Host=127.0.0.1;Port=1;Username=x;Password=y;Timeout=2" });
        await using var provider = services.BuildServiceProvider();

        var health = await provider.GetRequiredService<IStorageHealthCheck>().CheckAsync();

        Assert.Equal("postgres", health.Provider);
        Assert.False(health.Healthy);
        Assert.False(string.IsNullOrEmpty(health.Error));
    }

    private static ServiceCollection Register(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddReferralSimStorage(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), Path.GetTempPath());
        return services;
    }
}
