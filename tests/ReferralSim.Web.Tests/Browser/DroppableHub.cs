using Microsoft.Playwright;

namespace ReferralSim.Web.Tests.Browser;

/// <summary>
/// Passes a page's hub traffic through Playwright so a test can drop the connection as a Wi-Fi
/// drop would (the WebSocket closes, reconnect attempts fail) and later let it through again, or
/// lose one pushed message while the connection stays up. Install it before the page connects; the
/// page is reloaded so its connection goes through the route.
/// </summary>
public sealed class DroppableHub : IAsyncDisposable
{
    private readonly IPage _page;
    private readonly List<IWebSocketRoute> _sockets = [];
    private volatile bool _dropped;
    private int _fragmentsToLose;

    // SignalR's JSON protocol ends every message with this record separator; a frame may hold several.
    private const char RecordSeparator = '\u001e';

    private DroppableHub(IPage page) => _page = page;

    public static async Task<DroppableHub> RouteAsync(IPage page)
    {
        var hub = new DroppableHub(page);
        await page.RouteAsync("**/hubs/session/negotiate**", route => hub._dropped ? route.AbortAsync() : route.ContinueAsync());
        await page.RouteWebSocketAsync("**/hubs/session**", socket =>
        {
            if (hub._dropped)
            {
                _ = socket.CloseAsync();
                return;
            }

            lock (hub._sockets)
            {
                hub._sockets.Add(socket);
            }

            var server = socket.ConnectToServer();
            server.OnMessage(frame =>
            {
                if (frame.Text is { } text)
                {
                    socket.Send(hub.WithoutALostFragment(text));
                }
                else if (frame.Binary is { } binary)
                {
                    socket.Send(binary);
                }
            });
        });
        await page.ReloadAsync();
        await page.Locator("[data-controller=live][data-live-state=live]").WaitForAsync();
        return hub;
    }

    public async Task DropAsync()
    {
        _dropped = true;
        IWebSocketRoute[] open;
        lock (_sockets)
        {
            open = [.. _sockets];
            _sockets.Clear();
        }

        foreach (var socket in open)
        {
            await socket.CloseAsync();
        }
    }

    public void Restore() => _dropped = false;

    /// <summary>The next <c>fragments</c> push from the server never reaches the page; the connection stays up.</summary>
    public void LoseNextFragments() => Interlocked.Increment(ref _fragmentsToLose);

    private string WithoutALostFragment(string frame)
    {
        if (Volatile.Read(ref _fragmentsToLose) == 0 || !frame.Contains("\"target\":\"fragments\"", StringComparison.Ordinal))
        {
            return frame;
        }

        var messages = frame.Split(RecordSeparator, StringSplitOptions.RemoveEmptyEntries).ToList();
        var lost = messages.FindIndex(m => m.Contains("\"target\":\"fragments\"", StringComparison.Ordinal));
        Interlocked.Decrement(ref _fragmentsToLose);
        messages.RemoveAt(lost);
        return string.Concat(messages.Select(m => m + RecordSeparator));
    }

    public async ValueTask DisposeAsync()
    {
        await _page.UnrouteAllAsync();
    }
}
