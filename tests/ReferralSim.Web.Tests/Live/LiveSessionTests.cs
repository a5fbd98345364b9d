using System.Net;
using System.Text.Json.Nodes;
using ReferralSim.Engine.Runtime.Serialization;

namespace ReferralSim.Web.Tests.Live;

/// <summary>
/// The live service through real connections: a real server process, a real database, the official
/// SignalR client. Run against SQLite and PostgreSQL by the two classes at the end of this file.
/// </summary>
public abstract class LiveSessionTests(ILiveStorage storage) : IAsyncLifetime
{
    private ServerProcess _server = null!;
    private SignalRBridge _bridge = null!;

    public async Task InitializeAsync()
    {
        _bridge = new SignalRBridge();
        _server = await ServerProcess.StartAsync(ServerProcess.NewDataFolder(), storage.ServerSettings);
    }

    public async Task DisposeAsync()
    {
        await _bridge.DisposeAsync();
        await _server.DisposeAsync();
    }

    private async Task<LiveSession> StartedSessionAsync(params string[] roles)
    {
        var session = await LiveSession.CreateAsync(_server, _bridge);
        foreach (var role in roles)
        {
            await session.JoinAsync(role);
        }

        await session.Facilitator.InvokeOkAsync("Start", session.SessionId);
        return session;
    }

    [Fact]
    public async Task EachRoleReceivesOnlyItsShareAndTheFacilitatorEverything()
    {
        await using var session = await StartedSessionAsync("nurse", "doctor", "police");

        await session.ActAsync("nurse", "triage-assessment");
        await session.MarkerAsync("nurse");

        static bool HoldsId(JsonObject e) => (string?)e["indicator"] == "companion-holds-her-id";
        Assert.Contains(session.Participants["nurse"].Events, e => HoldsId((JsonObject)e["event"]!));
        Assert.Contains(session.Facilitator.Events, e => HoldsId((JsonObject)e["event"]!));
        Assert.DoesNotContain(session.Participants["doctor"].Events, e => HoldsId((JsonObject)e["event"]!));
        Assert.DoesNotContain(session.Participants["police"].Events, e => HoldsId((JsonObject)e["event"]!));
        Assert.Contains(session.Facilitator.Events, e => (string?)e["event"]!["type"] == "flag-set");
        Assert.DoesNotContain(session.Participants.Values.SelectMany(p => p.Events), e => (string?)e["event"]!["type"] is "flag-set" or "state-changed");
    }

    [Fact]
    public async Task EveryConnectionReceivesExactlyTheEventsAddressedToItForEveryEventType()
    {
        await using var session = await StartedSessionAsync("nurse", "doctor", "mediator", "police");
        await session.ActAsync("nurse", "triage-assessment");
        await session.Participants["doctor"].InvokeOkAsync("Note", new { role = "doctor", indicator = "companion-speaks-for-her" });
        await session.ActAsync("doctor", "ask-about-injuries-in-front-of-companion");
        await session.Participants["police"].InvokeOkAsync("Message", new { from = "police", to = new[] { "nurse" }, text = "Need me?" });
        await session.Participants["doctor"].InvokeOkAsync("Refer", new { role = "doctor", service = "gr-smile-1056" });
        await session.Facilitator.InvokeOkAsync("Pause", session.SessionId);
        await session.Facilitator.InvokeOkAsync("FireInject", session.SessionId, "interpreter-delayed");
        await session.Facilitator.InvokeOkAsync("SetSpeed", session.SessionId, 10);
        await session.Facilitator.InvokeOkAsync("Resume", session.SessionId);

        await session.Facilitator.InvokeOkAsync("End", session.SessionId);
        foreach (var client in session.Participants.Values.Append(session.Facilitator))
        {
            await client.WaitForEventAsync(e => (string?)e["type"] == "run-ended", "the end of the run");
        }

        var log = RunEventJson.FromJsonLines(await session.FacilitatorApi.ExportAsync(session.SessionId));
        var types = log.Select(e => RunEventJson.Serialize(e).Split('"')[3]).ToHashSet();
        Assert.Superset(new HashSet<string>(["run-started", "state-changed", "narrated", "indicator-revealed", "action-performed", "harm-done",
            "flag-set", "concern-noted", "message-sent", "referral-made", "run-paused", "inject-fired", "speed-changed", "run-resumed", "run-ended"]), types);
        Assert.Equal(Enumerable.Range(1, log.Count).Select(i => (long)i), session.Facilitator.Events.Select(e => (long)e["sequence"]!));
        foreach (var (role, client) in session.Participants)
        {
            var expected = log.Select((e, i) => (Event: e, Sequence: i + 1L)).Where(x => x.Event.Audience.Includes(role)).Select(x => x.Sequence);
            Assert.Equal(expected, client.Events.Select(e => (long)e["sequence"]!));
        }
    }

    [Fact]
    public async Task AReconnectedParticipantResumesItsRoleAndReceivesWhatItMissed()
    {
        await using var session = await StartedSessionAsync("nurse", "doctor");
        var lastSeen = await session.MarkerAsync("doctor");
        await session.Participants["nurse"].StopAsync();

        await session.ActAsync("doctor", "ask-about-injuries-in-front-of-companion");
        await session.Participants["doctor"].InvokeOkAsync("Message", new { from = "doctor", to = new[] { "nurse" }, text = "Are you there?" });
        var (nurse, snapshot) = await session.ReconnectAsync("nurse", lastSeen);

        Assert.Equal("nurse", (string?)snapshot["role"]);
        var missed = snapshot["missed"]!.AsArray().Select(e => e!.AsObject()).ToList();
        Assert.Contains(missed, e => (string?)e["event"]!["text"] == "Are you there?");
        Assert.All(missed, e => Assert.True((long)e["sequence"]! > lastSeen));
        var log = RunEventJson.FromJsonLines(await session.FacilitatorApi.ExportAsync(session.SessionId));
        var expected = log.Select((e, i) => (Event: e, Sequence: i + 1L)).Where(x => x.Sequence > lastSeen && x.Event.Audience.Includes("nurse")).Select(x => x.Sequence);
        Assert.Equal(expected, missed.Select(e => (long)e["sequence"]!));
        await nurse.InvokeOkAsync("Note", new { role = "nurse", indicator = "companion-speaks-for-her" });
    }

    [Fact]
    public async Task ALivePageIsPushedHtmlFragmentsAndNotTheJsonEventsAsWell()
    {
        await using var session = await StartedSessionAsync("nurse", "doctor");
        await session.Participants["nurse"].StopAsync();
        var page = await _bridge.ConnectAsync($"{session.SessionId:N}-nurse-page", _server.BaseAddress, token: session.Tokens["nurse"],
            query: "?culture=en&fragments=html");
        await page.InvokeOkAsync("JoinSession", 0);

        const string text = "Can you come to bay 3?";
        await session.Participants["doctor"].InvokeOkAsync("Message", new { from = "doctor", to = new[] { "nurse" }, text });
        var push = await page.WaitForPushAsync("fragments", args => ((string?)args[0]?["html"])?.Contains(text, StringComparison.Ordinal) == true,
            "a fragment showing the message");

        // Whatever the server sends for a commit is on the connection before anything of the next
        // commit, and pushes arrive in order: once the next message's fragment is in, so would the
        // first message's events be.
        await session.Participants["doctor"].InvokeOkAsync("Message", new { from = "doctor", to = new[] { "nurse" }, text = "Thank you." });
        await page.WaitForPushAsync("fragments", args => ((string?)args[0]?["html"])?.Contains("Thank you.", StringComparison.Ordinal) == true,
            "a fragment showing the second message");
        Assert.DoesNotContain("events", page.PushedMethods);
        Assert.Contains("target=\"feed-entries\"", (string?)push[0]!["html"], StringComparison.Ordinal);
        await session.Participants["doctor"].WaitForEventAsync(e => (string?)e["text"] == text, "the doctor's own message as an event");
    }

    [Fact]
    public async Task ForgedAndOutOfTurnCommandsAreRefusedWithTheirCodeAndAppendNothing()
    {
        await using var session = await StartedSessionAsync("nurse", "doctor");
        var nurse = session.Participants["nurse"];
        var before = await session.FacilitatorApi.ExportAsync(session.SessionId);

        var refusals = new (string Expected, Task<JsonObject> Reply)[]
        {
            ("not-your-role", nurse.InvokeAsync("Act", new { role = "doctor", action = "examine-patient" })),
            ("unknown-action", nurse.InvokeAsync("Act", new { role = "nurse", action = "no-such-action" })),
            ("not-your-action", nurse.InvokeAsync("Act", new { role = "nurse", action = "examine-patient" })),
            ("not-seen-by-role", nurse.InvokeAsync("Note", new { role = "nurse", indicator = "ownership-tattoo" })),
            ("unknown-service", session.Participants["doctor"].InvokeAsync("Refer", new { role = "doctor", service = "xx-nowhere" })),
            ("facilitators-only", nurse.InvokeAsync("Start", session.SessionId)),
            ("facilitators-only", nurse.InvokeAsync("WatchSession", session.SessionId, 0)),
            ("facilitators-only", nurse.InvokeAsync("FireInject", session.SessionId, "interpreter-delayed")),
            ("invalid-request", nurse.InvokeAsync("Act", new { action = "triage-assessment" })),
        };
        foreach (var (expected, reply) in refusals)
        {
            var answer = await reply;
            Assert.False((bool)answer["ok"]!);
            Assert.Equal(expected, (string?)answer["code"]);
            Assert.False(string.IsNullOrWhiteSpace((string?)answer["message"]));
        }

        await session.Facilitator.InvokeOkAsync("Pause", session.SessionId);
        var paused = await nurse.InvokeAsync("Act", new { role = "nurse", action = "triage-assessment" });
        Assert.Equal("session-paused", (string?)paused["code"]);
        var after = await session.FacilitatorApi.ExportAsync(session.SessionId);
        Assert.Equal(before.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length + 1, after.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.StartsWith(before, after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AKilledServerComesBackWithTheSessionPausedInTheSameState()
    {
        await using var session = await StartedSessionAsync("nurse", "doctor");
        await session.ActAsync("nurse", "triage-assessment");
        await session.ActAsync("doctor", "ask-about-injuries-in-front-of-companion");
        await session.MarkerAsync("doctor");
        var before = (await session.Facilitator.InvokeOkAsync("WatchSession", session.SessionId, int.MaxValue))!.AsObject();
        var logBefore = await session.FacilitatorApi.ExportAsync(session.SessionId);

        _server.Kill();
        _server = await _server.RestartAsync();
        await session.ReplaceServerAsync(_server);
        var after = (await session.Facilitator.InvokeOkAsync("WatchSession", session.SessionId, int.MaxValue))!.AsObject();

        Assert.Equal((string?)before["currentState"], (string?)after["currentState"]);
        Assert.Equal("paused", (string?)after["phase"]);
        var logAfter = await session.FacilitatorApi.ExportAsync(session.SessionId);
        Assert.StartsWith(logBefore, logAfter, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"run-paused\"", logAfter.TrimEnd('\n').Split('\n')[^1], StringComparison.Ordinal);
        await session.Facilitator.InvokeOkAsync("Resume", session.SessionId);
        var (nurse, snapshot) = await session.ReconnectAsync("nurse", 0);
        Assert.Equal("nurse", (string?)snapshot["role"]);
        await nurse.InvokeOkAsync("Note", new { role = "nurse", indicator = "companion-holds-her-id" });
    }

    [Fact]
    public async Task DisplayNamesAndMessagesStayTextAndOversizedMessagesAreRefused()
    {
        await using var session = await LiveSession.CreateAsync(_server, _bridge);
        const string payload = "<img src=x onerror=alert(1)><script>alert(2)</script>";
        var nurse = await session.JoinAsync("nurse", payload[..40]);
        await session.JoinAsync("doctor");
        await session.Facilitator.InvokeOkAsync("Start", session.SessionId);

        await nurse.InvokeOkAsync("Message", new { from = "nurse", to = new[] { "doctor" }, text = payload });
        var received = await session.Participants["doctor"].WaitForEventAsync(e => (string?)e["type"] == "message-sent", "the message");
        var facilitatorView = (await session.Facilitator.InvokeOkAsync("WatchSession", session.SessionId, int.MaxValue))!.AsObject();

        Assert.Equal(payload, (string?)received["event"]!["text"]);
        Assert.Contains(facilitatorView["participants"]!.AsArray(), p => (string?)p!["displayName"] == payload[..40]);
        var tooLong = await nurse.InvokeAsync("Message", new { from = "nurse", to = new[] { "doctor" }, text = new string('x', 2001) });
        Assert.Equal("message-too-long", (string?)tooLong["code"]);
        await Assert.ThrowsAsync<BridgeException>(() => nurse.SendOversizedAsync(20_000));
        await nurse.WaitForCloseAsync();
    }

    [Fact]
    public async Task BotsPlayTheRolesPeopleLeftEmptyAndAreLabelledAsBots()
    {
        await using var session = await LiveSession.CreateAsync(_server, _bridge);
        var nurse = await session.JoinAsync("nurse");

        var filled = (await session.Facilitator.InvokeOkAsync("FillWithBots", session.SessionId))!.AsArray().Select(r => (string?)r).ToList();
        await session.Facilitator.InvokeOkAsync("Start", session.SessionId);
        await session.ActAsync("nurse", "triage-assessment");

        Assert.Equal(["doctor", "mediator", "ngo", "police", "social-worker"], filled.Order());
        var examined = await session.Facilitator.WaitForEventAsync(e => (string?)e["type"] == "action-performed" && (string?)e["role"] == "doctor", "the doctor bot to examine");
        Assert.Equal("examine-patient", (string?)examined["event"]!["action"]);
        await nurse.WaitForEventAsync(e => (string?)e["type"] == "bot-assigned" && (string?)e["role"] == "police", "the police bot's announcement");
        var people = (await session.Facilitator.InvokeOkAsync("WatchSession", session.SessionId, int.MaxValue))!["participants"]!.AsArray();
        Assert.All(people.Where(p => (string?)p!["role"] != "nurse"), p => Assert.True((bool)p!["isBot"]!));
        Assert.False((bool)people.Single(p => (string?)p!["role"] == "nurse")!["isBot"]!);
    }

    [Fact]
    public async Task StaleTokensAndUnknownCodesAreRefusedAndGuessingIsRateLimited()
    {
        await using var session = await LiveSession.CreateAsync(_server, _bridge);
        using var api = new ReferralSimApi(_server.BaseAddress);

        var forged = await Assert.ThrowsAsync<BridgeException>(() => _bridge.ConnectAsync("forged", _server.BaseAddress, token: "not-a-real-token"));
        Assert.Contains("401", forged.Message, StringComparison.Ordinal);
        using var unknown = await api.PostAsync("/api/join", new { code = "ZZZZ-ZZZZ", displayName = "Guesser" });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("unknown-join-code", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        HttpStatusCode last = default;
        for (var attempt = 0; attempt < 70 && last != HttpStatusCode.TooManyRequests; attempt++)
        {
            using var guess = await api.PostAsync("/api/join", new { code = "ZZZZ-ZZZ" + (char)('A' + attempt % 20), displayName = "Guesser" });
            last = guess.StatusCode;
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, last);
        using var blocked = await api.PostAsync("/api/join", new { code = session.JoinCode, displayName = "Late" });
        Assert.Equal(HttpStatusCode.TooManyRequests, blocked.StatusCode);
    }
}

public sealed class SqliteLiveSessionTests() : LiveSessionTests(new SqliteLiveStorage());

public sealed class PostgresLiveSessionTests(PostgresLiveStorage storage) : LiveSessionTests(storage), IClassFixture<PostgresLiveStorage>;
