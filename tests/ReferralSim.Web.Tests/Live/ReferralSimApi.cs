using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ReferralSim.Web.Tests.Live;

/// <summary>The server's JSON API as a facilitator's or participant's client uses it (each with its own cookies).</summary>
public sealed class ReferralSimApi : IDisposable
{
    private readonly CookieContainer _cookies = new();
    private readonly HttpClient _http;

    public ReferralSimApi(Uri server)
    {
        Server = server;
        _http = new HttpClient(new HttpClientHandler { CookieContainer = _cookies }) { BaseAddress = server };
    }

    public Uri Server { get; }

    /// <summary>The Cookie header this client sends (for its hub connection).</summary>
    public string CookieHeader => _cookies.GetCookieHeader(Server);

    public Task<HttpResponseMessage> PostAsync(string path, object body) => _http.PostAsJsonAsync(path, body);

    public Task<HttpResponseMessage> GetAsync(string path) => _http.GetAsync(path);

    public async Task<JsonObject> PostOkAsync(string path, object body)
    {
        using var response = await PostAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST {path}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!.AsObject();
    }

    /// <summary>Creates the first facilitator account (first-run setup) or signs in to it.</summary>
    public async Task SignInFacilitatorAsync(string userName = "facilitator", string password = "a long enough password")
    {
        using var setup = await PostAsync("/api/facilitator/setup", new { userName, password });
        if (!setup.IsSuccessStatusCode)
        {
            await PostOkAsync("/api/facilitator/sign-in", new { userName, password });
        }
    }

    public async Task<(Guid SessionId, string JoinCode)> CreateSessionAsync(string scenarioId = "gr-ed-lover-boy", int seed = 7)
    {
        var created = await PostOkAsync("/api/sessions", new { scenarioId, seed, language = "en" });
        return (Guid.Parse((string)created["sessionId"]!), (string)created["joinCode"]!);
    }

    public async Task<(Guid ParticipantId, string Token)> JoinAsync(string joinCode, string displayName)
    {
        var joined = await PostOkAsync("/api/join", new { code = joinCode, displayName });
        return (Guid.Parse((string)joined["participantId"]!), (string)joined["token"]!);
    }

    public async Task<string> ExportAsync(Guid sessionId)
    {
        using var response = await GetAsync($"/api/sessions/{sessionId}/events.jsonl");
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    public void Dispose() => _http.Dispose();
}
