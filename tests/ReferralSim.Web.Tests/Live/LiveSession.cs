using System.Text.Json.Nodes;

namespace ReferralSim.Web.Tests.Live;

/// <summary>
/// A session of the reference scenario on a real server: the facilitator (API + hub) and
/// participants who joined by code and took roles, each on their own real hub connection.
/// </summary>
public sealed class LiveSession : IAsyncDisposable
{
    private readonly Dictionary<string, ReferralSimApi> _apis = [];

    private LiveSession(ServerProcess server, SignalRBridge bridge, ReferralSimApi facilitatorApi, BridgeClient facilitator, Guid sessionId, string joinCode)
    {
        (Server, Bridge, FacilitatorApi, Facilitator, SessionId, JoinCode) = (server, bridge, facilitatorApi, facilitator, sessionId, joinCode);
    }

    public ServerProcess Server { get; private set; }

    public SignalRBridge Bridge { get; }

    public ReferralSimApi FacilitatorApi { get; private set; }

    public BridgeClient Facilitator { get; private set; }

    public Guid SessionId { get; }

    public string JoinCode { get; }

    public Dictionary<string, BridgeClient> Participants { get; } = [];

    public Dictionary<string, string> Tokens { get; } = [];

    public static async Task<LiveSession> CreateAsync(ServerProcess server, SignalRBridge bridge, int seed = 7)
    {
        var api = new ReferralSimApi(server.BaseAddress);
        await api.SignInFacilitatorAsync();
        var (sessionId, joinCode) = await api.CreateSessionAsync(seed: seed);
        var facilitator = await bridge.ConnectAsync($"facilitator-{sessionId:N}", server.BaseAddress, cookie: api.CookieHeader);
        await facilitator.InvokeOkAsync("WatchSession", sessionId, 0);
        return new LiveSession(server, bridge, api, facilitator, sessionId, joinCode);
    }

    /// <summary>A participant joins by code with a display name, connects, takes <paramref name="role"/> and joins the live feed.</summary>
    public async Task<BridgeClient> JoinAsync(string role, string? displayName = null)
    {
        var api = new ReferralSimApi(Server.BaseAddress);
        _apis[role] = api;
        var (_, token) = await api.JoinAsync(JoinCode, displayName ?? $"Participant {role}");
        Tokens[role] = token;
        var client = await Bridge.ConnectAsync(ConnectionName(role), Server.BaseAddress, token: token);
        await client.InvokeOkAsync("TakeRole", role);
        await client.InvokeOkAsync("JoinSession", 0);
        Participants[role] = client;
        return client;
    }

    /// <summary>Opens a fresh connection for a role with its existing token (a reloaded tab), joining from <paramref name="afterSequence"/>.</summary>
    public async Task<(BridgeClient Client, JsonObject Snapshot)> ReconnectAsync(string role, long afterSequence)
    {
        var client = await Bridge.ConnectAsync(ConnectionName(role), Server.BaseAddress, token: Tokens[role]);
        var snapshot = (await client.InvokeOkAsync("JoinSession", afterSequence))!.AsObject();
        Participants[role] = client;
        return (client, snapshot);
    }

    public Task<JsonNode?> ActAsync(string role, string action) => Participants[role].InvokeOkAsync("Act", new { role, action });

    /// <summary>
    /// A message from <paramref name="from"/> to every other role, awaited at each recipient. Pushes to a
    /// connection arrive in order, so once the marker is in, everything committed before it is too.
    /// </summary>
    public async Task<long> MarkerAsync(string from)
    {
        var to = Participants.Keys.Where(r => r != from).ToArray();
        var text = $"marker {Guid.NewGuid():N}";
        await Participants[from].InvokeOkAsync("Message", new { from, to, text });
        JsonObject? seen = null;
        foreach (var client in Participants.Values.Append(Facilitator))
        {
            seen = await client.WaitForEventAsync(e => (string?)e["text"] == text, $"the marker '{text}'");
        }

        return (long)Participants[from].Events.Single(e => (string?)e["event"]!["text"] == text)["sequence"]!;
    }

    public async Task ReplaceServerAsync(ServerProcess server)
    {
        Server = server;
        FacilitatorApi.Dispose();
        FacilitatorApi = new ReferralSimApi(server.BaseAddress);
        await FacilitatorApi.SignInFacilitatorAsync();
        Facilitator = await Bridge.ConnectAsync($"facilitator-{SessionId:N}", server.BaseAddress, cookie: FacilitatorApi.CookieHeader);
    }

    private string ConnectionName(string role) => $"{SessionId:N}-{role}";

    public ValueTask DisposeAsync()
    {
        FacilitatorApi.Dispose();
        foreach (var api in _apis.Values)
        {
            api.Dispose();
        }

        return ValueTask.CompletedTask;
    }
}
