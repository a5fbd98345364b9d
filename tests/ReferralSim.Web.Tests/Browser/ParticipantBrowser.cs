using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Playwright;
using ReferralSim.Web.Tests.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace ReferralSim.Web.Tests.Browser;

/// <summary>
/// One simulated participant: their own Chromium instance (Debian's, never a downloaded one), so
/// two participants never share a browser whose background tab would be throttled. Records dialogs
/// (an executed script would open one) and Content-Security-Policy violations.
/// </summary>
public sealed class ParticipantBrowser : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private static readonly SemaphoreSlim PlaywrightGate = new(1, 1);
    private static IPlaywright? s_playwright;

    private readonly IBrowser _browser;
    private readonly IBrowserContext _context;

    private ParticipantBrowser(IBrowser browser, IBrowserContext context, IPage page, Uri server)
    {
        (_browser, _context, Page, Server) = (browser, context, page, server);
        page.Dialog += (_, dialog) =>
        {
            Dialogs.Add(dialog.Message);
            _ = dialog.DismissAsync();
        };
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                ConsoleErrors.Add(message.Text);
            }
        };
    }

    public IPage Page { get; }

    public Uri Server { get; }

    public ConcurrentBag<string> Dialogs { get; } = [];

    public ConcurrentBag<string> ConsoleErrors { get; } = [];

    public static string ScreenshotFolder { get; } = RepositoryRoot.Combine("test-output", "screenshots");

    public static async Task<ParticipantBrowser> LaunchAsync(Uri server)
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: run `bash tests/run` (it installs Debian's chromium) or `apt-get install chromium`");
        }

        var playwright = await PlaywrightAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            Locale = "en-GB",
        });
        context.SetDefaultTimeout(10_000);
        // A page load waits on the server: when the test classes start together, several servers and
        // browsers start on two cores, and a fresh server's first sign-out once took over 10 s in CI.
        context.SetDefaultNavigationTimeout(30_000);
        // axe-core from npm, added by the DevTools protocol (not a page script, so CSP does not apply).
        await context.AddInitScriptAsync(script: await File.ReadAllTextAsync(RepositoryRoot.Combine("web", "client", "node_modules", "axe-core", "axe.min.js")));
        var page = await context.NewPageAsync();
        return new ParticipantBrowser(browser, context, page, server);
    }

    private static async Task<IPlaywright> PlaywrightAsync()
    {
        await PlaywrightGate.WaitAsync();
        try
        {
            return s_playwright ??= await Microsoft.Playwright.Playwright.CreateAsync();
        }
        finally
        {
            PlaywrightGate.Release();
        }
    }

    /// <summary>Joins by code in <paramref name="culture"/> (through the QR code's address) and waits for the role choice.</summary>
    public async Task JoinAsync(string joinCode, string displayName, string culture = "en")
    {
        await Page.GotoAsync($"/join/{joinCode}?culture={culture}");
        await Page.FillAsync("#name", displayName);
        await Page.ClickAsync("form[action='/join'] button[type=submit]");
        await Page.WaitForURLAsync("**/role");
    }

    /// <summary>Takes a role on the role page and waits for the live page to be connected.</summary>
    public async Task TakeRoleAsync(string role)
    {
        await Page.ClickAsync($"button[name=role][value='{role}']");
        await Page.WaitForURLAsync("**/play");
        await WaitUntilLiveAsync();
    }

    /// <summary>Joins by code and takes <paramref name="role"/>: the live page is connected when this returns.</summary>
    public async Task JoinInRoleAsync(string joinCode, string displayName, string role)
    {
        await JoinAsync(joinCode, displayName);
        await TakeRoleAsync(role);
    }

    /// <summary>Sends a message from the live page to <paramref name="to"/> (every other role when empty) and waits for the server's reply.</summary>
    public async Task SendMessageAsync(string text, params string[] to)
    {
        var recipients = Page.Locator("form[action='/play/message'] input[name=to]");
        foreach (var checkbox in to.Length == 0 ? await recipients.AllAsync() : to.Select(role => Page.Locator($"input[name=to][value='{role}']")))
        {
            await checkbox.CheckAsync();
        }

        await Page.FillAsync("#message-text", text);
        await Page.ClickAsync("form[action='/play/message'] button[type=submit]");
        await Expect(Page.Locator("form[action='/play/message'] [data-feedback]")).ToHaveTextAsync("Message sent.");
    }

    public Task WaitUntilLiveAsync() => Expect(Page.Locator("[data-controller=live][data-live-state=live]")).ToBeAttachedAsync();

    public async Task ScreenshotAsync(string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });
    }

    /// <summary>Runs axe-core on the page; answers the serious and critical violations, one line each.</summary>
    public async Task<IReadOnlyList<string>> AxeViolationsAsync()
    {
        var violations = await Page.EvaluateAsync<JsonElement>("""
            async () => {
              const result = await axe.run(document, { resultTypes: ["violations"] });
              return result.violations
                .filter(v => v.impact === "serious" || v.impact === "critical")
                .map(v => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map(n => n.target.join(" ")).join(", ")}`);
            }
            """);
        return [.. violations.EnumerateArray().Select(v => v.GetString()!)];
    }

    public async Task AssertAccessibleAsync()
    {
        var violations = await AxeViolationsAsync();
        Assert.True(violations.Count == 0, $"axe-core on {Page.Url}:\n" + string.Join("\n", violations));
    }

    public async ValueTask DisposeAsync()
    {
        await _context.CloseAsync();
        await _browser.CloseAsync();
    }
}
