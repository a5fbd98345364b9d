using System.Text.Json.Nodes;

namespace ReferralSim.Web.Tests.Live;

/// <summary>One hub connection held by the bridge: invoke methods, and wait for what the server pushes.</summary>
public sealed class BridgeClient
{
    private readonly SignalRBridge _bridge;
    private readonly List<JsonObject> _events = [];
    private readonly List<(string Method, JsonArray? Args, string? Error)> _pushes = [];
    private readonly object _gate = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    internal BridgeClient(SignalRBridge bridge, string name)
    {
        _bridge = bridge;
        Name = name;
    }

    public string Name { get; }

    /// <summary>Every event pushed to this connection, as <c>{ sequence, event }</c>, in arrival order.</summary>
    public IReadOnlyList<JsonObject> Events
    {
        get
        {
            lock (_gate)
            {
                return [.. _events];
            }
        }
    }

    /// <summary>The names of the methods pushed to this connection, in arrival order.</summary>
    public IReadOnlyList<string> PushedMethods
    {
        get
        {
            lock (_gate)
            {
                return [.. _pushes.Select(p => p.Method)];
            }
        }
    }

    public bool Closed { get; private set; }

    public string? CloseError { get; private set; }

    /// <summary>Invokes a hub method and returns its <c>HubReply</c> as JSON.</summary>
    public async Task<JsonObject> InvokeAsync(string method, params object?[] args)
    {
        var result = await _bridge.RequestAsync(new JsonObject
        {
            ["op"] = "invoke",
            ["client"] = Name,
            ["method"] = method,
            ["args"] = new JsonArray([.. args.Select(a => JsonNodeOf(a))]),
        });
        return result?.AsObject() ?? throw new BridgeException($"{method} answered nothing");
    }

    /// <summary>Invokes and asserts the reply is ok; returns its data.</summary>
    public async Task<JsonNode?> InvokeOkAsync(string method, params object?[] args)
    {
        var reply = await InvokeAsync(method, args);
        Assert.True((bool)reply["ok"]!, $"{Name}.{method} was refused: {reply["code"]}: {reply["message"]}");
        return reply["data"];
    }

    public Task StopAsync() => _bridge.RequestAsync(new JsonObject { ["op"] = "stop", ["client"] = Name });

    public Task<JsonNode?> SendOversizedAsync(int size) =>
        _bridge.RequestAsync(new JsonObject { ["op"] = "send-raw", ["client"] = Name, ["size"] = size });

    /// <summary>Waits until a pushed event satisfies <paramref name="match"/> (no fixed sleeps: it wakes on each push).</summary>
    public Task<JsonObject> WaitForEventAsync(Func<JsonObject, bool> match, string what) =>
        WaitAsync(() => Events.FirstOrDefault(e => match((JsonObject)e["event"]!)), what);

    public Task WaitForCloseAsync() => WaitAsync(() => Closed ? new JsonObject() : null, "the connection to close");

    /// <summary>Waits until a push of <paramref name="method"/> satisfies <paramref name="match"/>.</summary>
    public Task<JsonArray> WaitForPushAsync(string method, Func<JsonArray, bool> match, string what) =>
        WaitAsync(() => { lock (_gate) { return _pushes.FirstOrDefault(p => p.Method == method && p.Args is { } args && match(args)).Args; } }, what);

    public Task<JsonArray> WaitForPushAsync(string method) =>
        WaitAsync(() => { lock (_gate) { return _pushes.LastOrDefault(p => p.Method == method).Args; } }, $"a '{method}' push");

    internal void Reset()
    {
        lock (_gate)
        {
            Closed = false;
            CloseError = null;
        }
    }

    internal void Receive(string method, JsonArray? args, string? error)
    {
        lock (_gate)
        {
            if (method == "events" && args is [JsonArray batch, ..])
            {
                _events.AddRange(batch.Select(e => e!.AsObject()));
            }
            else if (method == "closed")
            {
                (Closed, CloseError) = (true, error);
            }

            _pushes.Add((method, args, error));
            var changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            changed.SetResult();
        }
    }

    private async Task<T> WaitAsync<T>(Func<T?> probe, string what) where T : class
    {
        var deadline = DateTime.UtcNow + SignalRBridge.Timeout;
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                changed = _changed.Task;
            }

            if (probe() is { } found)
            {
                return found;
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                throw new TimeoutException($"{Name} waited {SignalRBridge.Timeout.TotalSeconds} s for {what}");
            }

            await Task.WhenAny(changed, Task.Delay(left));
        }
    }

    private static JsonNode? JsonNodeOf(object? value) => value switch
    {
        null => null,
        JsonNode node => node,
        _ => System.Text.Json.JsonSerializer.SerializeToNode(value, SignalRBridge.Json),
    };
}
