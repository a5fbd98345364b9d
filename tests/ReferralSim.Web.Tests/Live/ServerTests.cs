using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using ReferralSim.Web.Tests.TestSupport;

namespace ReferralSim.Web.Tests.Live;

/// <summary>The server as an operator meets it: start-up with a bad scenario, first run, accounts, QR, versions.</summary>
public sealed class ServerTests : IAsyncLifetime
{
    private readonly string _scenarios = Directory.CreateTempSubdirectory("referralsim-scenarios-").FullName;
    private readonly string _data = ServerProcess.NewDataFolder();
    private readonly List<ServerProcess> _servers = [];

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(_scenarios, "directories"));
        File.Copy(RepositoryRoot.Combine("scenarios", "gr-ed-lover-boy.yaml"), Path.Combine(_scenarios, "gr-ed-lover-boy.yaml"));
        File.Copy(RepositoryRoot.Combine("scenarios", "directories", "gr.yaml"), Path.Combine(_scenarios, "directories", "gr.yaml"));
        File.WriteAllText(Path.Combine(_scenarios, "broken.yaml"), "id: broken\nversion: one\n");
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        foreach (var server in _servers)
        {
            await server.DisposeAsync();
        }
    }

    private async Task<ServerProcess> StartAsync()
    {
        var server = await ServerProcess.StartAsync(_data, new Dictionary<string, string?>(), scenariosFolder: _scenarios);
        _servers.Add(server);
        return server;
    }

    [Fact]
    public async Task AnInvalidScenarioIsLeftOutWithItsDiagnosticsAndTheServerRunsOn()
    {
        var server = await StartAsync();
        using var api = new ReferralSimApi(server.BaseAddress);

        using var response = await api.GetAsync("/healthz");
        var health = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("sqlite", (string?)health["storage"]!["provider"]);
        Assert.Equal(["gr-ed-lover-boy"], health["scenarios"]!["loaded"]!.AsArray().Select(s => (string?)s!["id"]));
        Assert.Contains(health["scenarios"]!["rejected"]!.AsArray(), d => ((string?)d)!.StartsWith("broken.yaml:2:10: error RS0004", StringComparison.Ordinal));
        Assert.Contains("broken.yaml", server.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_data, "referralsim.db")));
    }

    [Fact]
    public async Task FirstRunSetupWorksOnlyWhileNoAccountExists()
    {
        var server = await StartAsync();
        using var first = new ReferralSimApi(server.BaseAddress);
        using var second = new ReferralSimApi(server.BaseAddress);

        await first.PostOkAsync("/api/facilitator/setup", new { userName = "anna", password = "a long enough password" });
        using var again = await second.PostAsync("/api/facilitator/setup", new { userName = "mallory", password = "another long password" });
        using var wrong = await second.PostAsync("/api/facilitator/sign-in", new { userName = "anna", password = "not the password" });
        using var anonymous = await second.PostAsync("/api/sessions", new { scenarioId = "gr-ed-lover-boy" });

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("setup-done", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task AFacilitatorAddedOnTheCommandLineCanSignIn()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { ServerProcess.Executable, "facilitator", "add", "--user", "maria", "--data", _data })
        {
            start.ArgumentList.Add(argument);
        }

        using (var add = Process.Start(start)!)
        {
            await add.StandardInput.WriteLineAsync("a long enough password");
            add.StandardInput.Close();
            var output = await add.StandardOutput.ReadToEndAsync();
            await add.WaitForExitAsync();
            Assert.True(add.ExitCode == 0, output + await add.StandardError.ReadToEndAsync());
            Assert.Contains("facilitator 'maria' created", output, StringComparison.Ordinal);
        }

        var server = await StartAsync();
        using var api = new ReferralSimApi(server.BaseAddress);
        await api.PostOkAsync("/api/facilitator/sign-in", new { userName = "MARIA", password = "a long enough password" });
        using var setup = await api.PostAsync("/api/facilitator/setup", new { userName = "x", password = "a long enough password" });
        Assert.Equal(HttpStatusCode.Conflict, setup.StatusCode);
    }

    [Fact]
    public async Task TheJoinQrCodeIsAnSvgForTheFacilitatorOnly()
    {
        var server = await StartAsync();
        using var api = new ReferralSimApi(server.BaseAddress);
        await api.SignInFacilitatorAsync();
        var (sessionId, _) = await api.CreateSessionAsync();
        using var stranger = new ReferralSimApi(server.BaseAddress);

        using var qr = await api.GetAsync($"/api/sessions/{sessionId}/qr.svg");
        using var refused = await stranger.GetAsync($"/api/sessions/{sessionId}/qr.svg");

        Assert.Equal("image/svg+xml", qr.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("<svg", (await qr.Content.ReadAsStringAsync()).TrimStart(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task ASessionKeepsTheScenarioVersionItWasCreatedWith()
    {
        var server = await StartAsync();
        using var api = new ReferralSimApi(server.BaseAddress);
        await api.SignInFacilitatorAsync();
        var (sessionId, _) = await api.CreateSessionAsync(seed: 11);
        var scenarioFile = Path.Combine(_scenarios, "gr-ed-lover-boy.yaml");
        File.WriteAllText(scenarioFile, File.ReadAllText(scenarioFile).Replace("version: 1", "version: 2", StringComparison.Ordinal));

        server.Kill();
        var restarted = await server.RestartAsync();
        _servers.Add(restarted);
        using var again = new ReferralSimApi(restarted.BaseAddress);
        await again.SignInFacilitatorAsync();
        await using var bridge = new SignalRBridge();
        var facilitator = await bridge.ConnectAsync("f", restarted.BaseAddress, cookie: again.CookieHeader);
        await facilitator.InvokeOkAsync("Start", sessionId);
        var log = await again.ExportAsync(sessionId);

        Assert.Contains("\"scenarioVersion\":1", log.Split('\n')[0], StringComparison.Ordinal);
        using var health = await again.GetAsync("/healthz");
        Assert.Contains("\"version\":2", await health.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
