using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ReferralSim.Web.Tests.Live;
using static Microsoft.Playwright.Assertions;

namespace ReferralSim.Web.Tests.Browser;

/// <summary>
/// The facilitator console in real Chromium against the real server: first-run setup, sign-in, the
/// library, the join screen, the lobby filling live, roles, bots, the live controls seen from a
/// participant's own browser, the state graph, the debrief and its exports. Screenshots land in
/// test-output/screenshots/facilitator-*.png.
/// </summary>
[Trait("Category", "Browser")]
public sealed partial class FacilitatorPagesTests(FacilitatorServer server) : IClassFixture<FacilitatorServer>
{
    private Uri BaseAddress => server.Server.BaseAddress;

    [Fact]
    public async Task TheFacilitatorRunsASessionFromSignInToTheDebrief()
    {
        await using var facilitator = await ParticipantBrowser.LaunchAsync(BaseAddress);
        var page = facilitator.Page;
        await SignInAsync(facilitator);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Scenario library");
        await Expect(page.Locator("#scenario-gr-ed-lover-boy")).ToHaveTextAsync("Emergency department at night: a young woman and her boyfriend");
        await facilitator.AssertAccessibleAsync();
        await facilitator.ScreenshotAsync("facilitator-library");

        // Create a session of the reference scenario: redirected to its join screen.
        var card = page.Locator(".scenario", new() { Has = page.Locator("#scenario-gr-ed-lover-boy") });
        await card.Locator("select[name=language]").SelectOptionAsync("en");
        await card.Locator("input[name=seed]").FillAsync("7");
        await card.Locator("button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(new Regex("/facilitator/sessions/[0-9a-f-]{36}/join$"));
        var sessionId = Regex.Match(page.Url, "sessions/([0-9a-f-]{36})/join").Groups[1].Value;
        var code = await page.Locator(".join-code").InnerTextAsync();
        Assert.Matches("^[2-9A-Z]{4}-[2-9A-Z]{4}$", code);
        await Expect(page.Locator(".qr svg")).ToBeVisibleAsync();
        Assert.StartsWith("<svg", (await page.Locator(".qr").InnerHTMLAsync()).Trim(), StringComparison.Ordinal);
        await Expect(page.Locator(".qr")).ToHaveAttributeAsync("aria-label", new Regex(Regex.Escape($"{BaseAddress}join/{code}")));
        await facilitator.AssertAccessibleAsync();
        await facilitator.ScreenshotAsync("facilitator-join-screen");

        // The lobby: a participant joins in their own browser and appears live; their name stays text.
        await page.ClickAsync(".join-next a");
        await page.WaitForURLAsync($"**/facilitator/sessions/{sessionId}");
        await Expect(page.Locator("[data-controller=board][data-board-state=live]")).ToBeAttachedAsync();
        await Expect(page.Locator("#board-people .empty")).ToBeVisibleAsync();
        await using var participant = await ParticipantBrowser.LaunchAsync(BaseAddress);
        const string HostileName = "Maria <b>bold</b>";
        await participant.JoinAsync(code.Replace("-", "", StringComparison.Ordinal), HostileName);
        var person = page.Locator("#board-people li", new() { Has = page.Locator(".person-name", new() { HasText = HostileName }) });
        await Expect(person).ToBeVisibleAsync();
        await Expect(page.Locator("#board-people b")).ToHaveCountAsync(0);

        // Assign her a role; fill the rest with bots, which the board labels as bots.
        await person.Locator("select").SelectOptionAsync("nurse");
        await person.Locator("button[name=participant]").ClickAsync();
        await Expect(page.Locator("#board-people .person-role")).ToHaveTextAsync("Triage nurse");
        await page.ClickAsync("form[action$='/bots'] button");
        await Expect(page.Locator("#role-row-nurse .person-name")).ToHaveTextAsync(HostileName);
        var roleCount = await page.Locator("#board-roles tbody tr").CountAsync();
        await Expect(page.Locator("#board-roles .tag-bot")).ToHaveCountAsync(roleCount - 1);
        await Expect(page.Locator("#board-roles .tag-bot").First).ToHaveTextAsync("Bot");
        await facilitator.AssertAccessibleAsync();
        await facilitator.ScreenshotAsync("facilitator-lobby");

        await participant.Page.GotoAsync("/play");
        await participant.WaitUntilLiveAsync();

        // Start: both sides see it running; the graph shows where the story is.
        await page.ClickAsync("button[name=command][value=start]");
        await Expect(page.Locator("#board-status .pill")).ToHaveTextAsync("Running");
        await Expect(participant.Page.Locator("#status .pill")).ToHaveTextAsync("Running");
        await Expect(page.Locator("#board-feed .tag-state").First).ToBeVisibleAsync();
        await Expect(page.Locator("[data-controller=state-graph][data-graph-highlighted]")).ToBeAttachedAsync();
        var current = await page.Locator("[data-graph-current]").GetAttributeAsync("data-graph-current");
        Assert.False(string.IsNullOrEmpty(current));
        await Expect(page.Locator("[data-controller=state-graph]")).ToHaveAttributeAsync("data-graph-highlighted", current!);
        Assert.True(await page.Locator(".graph-canvas canvas").CountAsync() > 0, "cytoscape drew no canvas");

        // Pause, for participant safety: her page shows it live, pushed, without a reload (the marker
        // set in the page survives). How fast is measured by the load tool, not asserted in a test.
        await participant.Page.EvaluateAsync("() => { window.stillTheSamePage = true; }");
        await page.ClickAsync("button[name=command][value=pause]");
        await Expect(participant.Page.Locator("#status .pill")).ToHaveTextAsync("Paused");
        Assert.True(await participant.Page.EvaluateAsync<bool>("() => window.stillTheSamePage === true"), "the participant's page reloaded");
        await Expect(page.Locator(".paused-banner")).ToBeVisibleAsync();

        // A manual inject, by its title: its narration reaches her feed.
        await page.Locator("select#inject").SelectOptionAsync(new SelectOptionValue { Label = "The interpreter is delayed" });
        await page.ClickAsync("button[name=command][value=fire]");
        await Expect(participant.Page.Locator("#feed")).ToContainTextAsync("The on-call mediator is with another patient");
        await Expect(page.Locator("#board-feed")).ToContainTextAsync("You fired: The interpreter is delayed");
        await facilitator.AssertAccessibleAsync();
        await facilitator.ScreenshotAsync("facilitator-board-paused");

        await page.ClickAsync("button[name=command][value=resume]");
        await Expect(participant.Page.Locator("#status .pill")).ToHaveTextAsync("Running");
        await Expect(page.Locator("#board-status .pill")).ToHaveTextAsync("Running");
        await facilitator.AssertAccessibleAsync();
        await facilitator.ScreenshotAsync("facilitator-board-running");

        // End asks for a tick first: a bare click explains why and changes nothing.
        await page.ClickAsync("button[name=command][value=end]");
        await Expect(page.Locator("#form-error")).ToContainTextAsync("ending cannot be undone");
        await Expect(participant.Page.Locator("#status .pill")).ToHaveTextAsync("Running");

        // End: the debrief, in the app's layout, with the report framed and the exports to download.
        await page.CheckAsync("input[name=confirm-end]");
        await page.ClickAsync("button[name=command][value=end]");
        await page.WaitForURLAsync($"**/facilitator/sessions/{sessionId}/debrief");
        await Expect(participant.Page.Locator("#status .pill")).ToHaveTextAsync("Ended");
        var report = page.FrameLocator("iframe.debrief-frame");
        await Expect(report.Locator("h1")).ToContainTextAsync("Emergency department at night");
        await Expect(report.Locator("h2", new() { HasText = "Score" })).ToHaveCountAsync(1);
        await facilitator.AssertAccessibleAsync();
        await facilitator.ScreenshotAsync("facilitator-debrief");

        await page.CheckAsync("input[name=scores]");
        await page.ClickAsync(".score-toggle button");
        await page.WaitForURLAsync("**/debrief?scores=hide");
        await Expect(report.Locator("h1")).ToContainTextAsync("Emergency department at night");
        await Expect(report.Locator("h2", new() { HasText = "Score" })).ToHaveCountAsync(0);
        await facilitator.ScreenshotAsync("facilitator-debrief-projector");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("a[href*='debrief.html']"));
        Assert.EndsWith(".html", download.SuggestedFilename, StringComparison.Ordinal);
        var html = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("Emergency department at night", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<h2>Score", html, StringComparison.Ordinal);
        Assert.Contains("\"Segoe UI\"", html, StringComparison.Ordinal);
        // The framed report is styled (its inline stylesheet allowed by hash and not HTML-encoded).
        Assert.Equal("collapse", await report.Locator("table").First.EvaluateAsync<string>("t => getComputedStyle(t).borderCollapse"));
        foreach (var (format, type) in new[] { ("csv", "text/csv"), ("json", "application/json") })
        {
            var response = await page.Context.APIRequest.GetAsync($"/facilitator/sessions/{sessionId}/debrief.{format}");
            Assert.Equal(200, response.Status);
            Assert.StartsWith(type, response.Headers["content-type"], StringComparison.Ordinal);
            Assert.StartsWith("attachment", response.Headers["content-disposition"], StringComparison.Ordinal);
        }

        Assert.Empty(facilitator.Dialogs);
        Assert.Empty(participant.Dialogs);
        var violations = facilitator.ConsoleErrors.Concat(participant.ConsoleErrors).Where(e => e.Contains("Content Security Policy", StringComparison.Ordinal)).ToList();
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Fact]
    public async Task ConsolePagesNeedTheFacilitatorsCookieAndSetUpIsOnlyForTheFirstAccount()
    {
        using (var api = new ReferralSimApi(BaseAddress))
        {
            await api.SignInFacilitatorAsync(FacilitatorServer.UserName, FacilitatorServer.Password);
        }

        await using var browser = await ParticipantBrowser.LaunchAsync(BaseAddress);
        var page = browser.Page;
        await page.GotoAsync($"/facilitator/sessions/{Guid.NewGuid()}");
        await page.WaitForURLAsync("**/sign-in?ReturnUrl=*");
        await page.GotoAsync("/setup");
        await page.WaitForURLAsync("**/sign-in");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Facilitator sign-in");

        await page.FillAsync("#userName", FacilitatorServer.UserName);
        await page.FillAsync("#password", "not the password");
        await page.ClickAsync("form[action='/sign-in'] button[type=submit]");
        await Expect(page.Locator("#form-error")).ToHaveTextAsync("The user name or password is not right.");
        await Expect(page.Locator("#password")).ToHaveAttributeAsync("aria-invalid", "true");
        await browser.AssertAccessibleAsync();
        await browser.ScreenshotAsync("facilitator-sign-in-error");

        // Another facilitator's session is not shown: the library explains.
        await page.FillAsync("#password", FacilitatorServer.Password);
        await page.ClickAsync("form[action='/sign-in'] button[type=submit]");
        await page.WaitForURLAsync("**/facilitator");
        await page.GotoAsync($"/facilitator/sessions/{Guid.NewGuid()}");
        await Expect(page.Locator("#form-error")).ToHaveTextAsync("There is no such session.");

        await page.ClickAsync(".console-nav button");
        await page.WaitForURLAsync("**/sign-in");
        await page.GotoAsync("/facilitator");
        await page.WaitForURLAsync("**/sign-in?ReturnUrl=*");
    }

    [Theory]
    [InlineData("el")]
    [InlineData("it")]
    public async Task TheConsoleSpeaksTheUiLanguage(string culture)
    {
        var strings = FacilitatorResources.Read(culture);
        await using var facilitator = await ParticipantBrowser.LaunchAsync(BaseAddress);
        var page = facilitator.Page;
        await SignInAsync(facilitator);
        await page.GotoAsync($"/facilitator?culture={culture}");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", culture);
        await Expect(page.Locator("h1")).ToHaveTextAsync(strings["LibraryTitle"]);
        await AssertNoMissingStringsAsync(page, culture);
        await facilitator.AssertAccessibleAsync();
        await facilitator.ScreenshotAsync($"facilitator-library-{culture}");

        var card = page.Locator(".scenario", new() { Has = page.Locator("#scenario-gr-ed-lover-boy") });
        await card.Locator("button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/join");
        await Expect(page.Locator("h1")).ToHaveTextAsync(strings["JoinScreenHeading"]);
        await AssertNoMissingStringsAsync(page, culture);
        await page.ClickAsync(".join-next a");
        await Expect(page.Locator("[data-controller=board][data-board-state=live]")).ToBeAttachedAsync();
        await page.ClickAsync("form[action$='/bots'] button");
        await page.ClickAsync("button[name=command][value=start]");
        await Expect(page.Locator("#board-status .pill")).ToHaveTextAsync(UiResources.Read(culture)["Phase_Running"]);
        await Expect(page.Locator("button[name=command][value=pause]")).ToHaveTextAsync(strings["Pause"]);
        await AssertNoMissingStringsAsync(page, culture);
        await facilitator.AssertAccessibleAsync();
        await facilitator.ScreenshotAsync($"facilitator-board-{culture}");
    }

    /// <summary>Signs in through the pages; the first time on this server, through the first-run setup.</summary>
    private static async Task SignInAsync(ParticipantBrowser browser)
    {
        var page = browser.Page;
        await page.GotoAsync("/facilitator");
        await page.WaitForURLAsync(new Regex("/(setup|sign-in)"));
        if (page.Url.EndsWith("/setup", StringComparison.Ordinal))
        {
            await Expect(page.Locator("h1")).ToHaveTextAsync("First-run setup");
            await browser.AssertAccessibleAsync();
            await browser.ScreenshotAsync("facilitator-setup");
            await page.FillAsync("#userName", FacilitatorServer.UserName);
            await page.FillAsync("#password", FacilitatorServer.Password);
            await page.ClickAsync("form[action='/setup'] button[type=submit]");
            await page.WaitForURLAsync("**/facilitator");
            // Sign out and in again, as on any later day.
            await page.ClickAsync(".console-nav button");
            await page.WaitForURLAsync("**/sign-in");
            await page.GotoAsync("/facilitator");
        }

        await page.WaitForURLAsync("**/sign-in?ReturnUrl=*");
        await browser.AssertAccessibleAsync();
        await browser.ScreenshotAsync("facilitator-sign-in");
        await FacilitatorSignIn.SignInAsync(browser, FacilitatorServer.UserName, FacilitatorServer.Password);
    }

    private static async Task AssertNoMissingStringsAsync(IPage page, string culture)
    {
        var text = await page.Locator("body").InnerTextAsync();
        var title = await page.TitleAsync();
        var leaked = FacilitatorResources.LeakableKeys().Concat(UiResources.LeakableKeys())
            .Where(k => text.Contains(k, StringComparison.Ordinal) || title.Contains(k, StringComparison.Ordinal)).ToList();
        Assert.Empty(leaked);
        var english = FacilitatorResources.Read("en");
        var translated = FacilitatorResources.Read(culture);
        var untranslated = english.Where(e => e.Value.Length >= 12 && translated[e.Key] != e.Value && text.Contains(e.Value, StringComparison.Ordinal));
        Assert.Empty(untranslated.Select(e => e.Key));
    }
}

/// <summary>A real server with no facilitator account yet, so the first-run setup can be seen.</summary>
public sealed class FacilitatorServer : IAsyncLifetime
{
    public const string UserName = "facilitator";

    public const string Password = "a long enough password";

    public ServerProcess Server { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Server = await ServerProcess.StartAsync(ServerProcess.NewDataFolder(), new Dictionary<string, string?>());

    public async Task DisposeAsync()
    {
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
    }
}
