using ReferralSim.Web.Tests.Live;

namespace ReferralSim.Web.Tests.Browser;

/// <summary>
/// One real server process for a class of browser tests, with a facilitator who creates sessions
/// through the JSON API and starts or ends them over the hub (through the SignalR bridge).
/// </summary>
public sealed class BrowserServer : IAsyncLifetime
{
    private readonly Dictionary<Guid, BridgeClient> _facilitators = [];

    public ServerProcess Server { get; private set; } = null!;

    public SignalRBridge Bridge { get; private set; } = null!;

    public ReferralSimApi Facilitator { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Bridge = new SignalRBridge();
        Server = await ServerProcess.StartAsync(ServerProcess.NewDataFolder(), new Dictionary<string, string?>());
        Facilitator = new ReferralSimApi(Server.BaseAddress);
        await Facilitator.SignInFacilitatorAsync();
    }

    /// <summary>A new session of the reference scenario, or another (scenario language English), watched by the facilitator.</summary>
    public async Task<(Guid SessionId, string JoinCode)> CreateSessionAsync(string scenarioId = "gr-ed-lover-boy")
    {
        var (sessionId, joinCode) = await Facilitator.CreateSessionAsync(scenarioId);
        var client = await Bridge.ConnectAsync($"facilitator-{sessionId:N}", Server.BaseAddress, cookie: Facilitator.CookieHeader);
        await client.InvokeOkAsync("WatchSession", sessionId, 0);
        _facilitators[sessionId] = client;
        return (sessionId, joinCode);
    }

    public Task StartAsync(Guid sessionId) => _facilitators[sessionId].InvokeOkAsync("Start", sessionId);

    public Task SetSpeedAsync(Guid sessionId, double speed) => _facilitators[sessionId].InvokeOkAsync("SetSpeed", sessionId, speed);

    public Task EndAsync(Guid sessionId) => _facilitators[sessionId].InvokeOkAsync("End", sessionId);

    public async Task DisposeAsync()
    {
        Facilitator?.Dispose();
        if (Bridge is not null)
        {
            await Bridge.DisposeAsync();
        }

        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
    }
}
