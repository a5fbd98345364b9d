using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using ReferralSim.Web.Tests.TestSupport;

namespace ReferralSim.Web.Tests.Live;

/// <summary>
/// Real SignalR connections for tests, through tests/SignalRBridge (the official JavaScript client in
/// Node: no .NET SignalR client can be restored here). Requests and replies are JSON lines.
/// </summary>
public sealed class SignalRBridge : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    private readonly Process _node;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode?>> _pending = new();
    private readonly ConcurrentDictionary<string, BridgeClient> _clients = new();
    private readonly Task _reader;
    private int _nextId;

    public SignalRBridge()
    {
        var folder = RepositoryRoot.Combine("tests", "SignalRBridge");
        if (!Directory.Exists(System.IO.Path.Combine(folder, "node_modules", "@microsoft", "signalr")))
        {
            throw new InvalidOperationException($"the SignalR bridge's npm packages are missing: run `bash tests/run` (or `npm ci` in {folder})");
        }

        _node = Process.Start(new ProcessStartInfo("node", "bridge.mjs")
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("node did not start");
        _reader = Task.Run(ReadAsync);
    }

    /// <summary>
    /// Opens a connection named <paramref name="name"/> as a participant (token) or facilitator (cookie);
    /// <paramref name="query"/> is added to the hub's URL (a live page's is <c>?culture=en&amp;fragments=html</c>).
    /// </summary>
    public async Task<BridgeClient> ConnectAsync(string name, Uri server, string? token = null, string? cookie = null, string query = "")
    {
        var client = _clients.GetOrAdd(name, n => new BridgeClient(this, n));
        client.Reset();
        await RequestAsync(new JsonObject
        {
            ["op"] = "connect",
            ["client"] = name,
            ["url"] = new Uri(server, "/hubs/session" + query).ToString(),
            ["token"] = token,
            ["cookie"] = cookie,
        });
        return client;
    }

    internal async Task<JsonNode?> RequestAsync(JsonObject request)
    {
        var id = Interlocked.Increment(ref _nextId);
        request["id"] = id;
        var reply = new TaskCompletionSource<JsonNode?>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = reply;
        lock (_node)
        {
            _node.StandardInput.WriteLine(request.ToJsonString());
            _node.StandardInput.Flush();
        }

        return await reply.Task.WaitAsync(Timeout);
    }

    private async Task ReadAsync()
    {
        while (await _node.StandardOutput.ReadLineAsync() is { } line)
        {
            var message = JsonNode.Parse(line)!.AsObject();
            if (message["push"] is { } push)
            {
                if (_clients.TryGetValue((string)message["client"]!, out var client))
                {
                    client.Receive((string)push!, message["args"] as JsonArray, (string?)message["error"]);
                }

                continue;
            }

            if (_pending.TryRemove((int)message["id"]!, out var reply))
            {
                if ((bool)message["ok"]!)
                {
                    reply.SetResult(message["result"]?.DeepClone());
                }
                else
                {
                    reply.SetException(new BridgeException((string?)message["error"] ?? "unknown bridge error"));
                }
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _node.StandardInput.Close();
        if (!_node.WaitForExit(5000))
        {
            _node.Kill(entireProcessTree: true);
        }

        await _reader.WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
        _node.Dispose();
    }

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);
}

public sealed class BridgeException(string message) : Exception(message);
