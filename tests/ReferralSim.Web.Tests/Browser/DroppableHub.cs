using Microsoft.Playwright;

namespace ReferralSim.Web.Tests.Browser;

/// <summary>
/// Passes a page's hub traffic through Playwright so a test can drop the connection as a Wi-Fi
/// drop would (the WebSocket closes, reconnect attempts fail) and later let it through again.
/// Install it before the page connects; the page is reloaded so its connection goes through the route.
/// </summary>
public sealed class DroppableHub : IAsyncDisposable
{
    private readonly IPage _page;
    private readonly List<IWebSocketRoute> _sockets = [];
    private volatile bool _dropped;

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

            socket.ConnectToServer();
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

    public async ValueTask DisposeAsync()
    {
        await _page.UnrouteAllAsync();
    }
}
