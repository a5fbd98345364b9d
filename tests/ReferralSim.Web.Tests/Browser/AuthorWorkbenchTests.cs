using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ReferralSim.Web.Tests.Browser;

/// <summary>
/// The author workbench in real Chromium against the real server: a facilitator signed in through
/// the JSON API (its cookie set in the browser), the reference scenario checked as the author types,
/// its graph drawn, the expert bots' dry run and its debrief, an oversized upload, a saved version.
/// </summary>
[Trait("Category", "Browser")]
public sealed class AuthorWorkbenchTests(BrowserServer server) : IClassFixture<BrowserServer>
{
    private const string Reference = "gr-ed-lover-boy";

    /// <summary>The reference scenario's line <c>    by: [nurse]</c> of its first action.</summary>
    private const int ByLine = 331;

    [Fact]
    public async Task WithoutTheFacilitatorCookieTheWorkbenchSendsToSignIn()
    {
        await using var browser = await ParticipantBrowser.LaunchAsync(server.Server.BaseAddress);
        // The sign-in page is the facilitator console's; here only the redirect to it is checked.
        var page = await browser.Page.APIRequest.GetAsync("/author", new() { MaxRedirects = 0 });
        Assert.Equal(302, page.Status);
        Assert.Equal("/sign-in?returnUrl=%2Fauthor", page.Headers["location"]);
        using var anonymous = new Live.ReferralSimApi(server.Server.BaseAddress);
        using var check = await anonymous.PostAsync("/api/author/check", new { yaml = "id: x" });
        Assert.Equal(HttpStatusCode.Unauthorized, check.StatusCode);
    }

    [Fact]
    public async Task TheReferenceScenarioIsCleanAnErrorAppearsAsTheAuthorTypesAndGoesWhenFixed()
    {
        await using var author = await SignedInAsync();
        var page = author.Page;
        await OpenAsync(page, Reference);
        await Expect(page.Locator("#diagnostics")).ToHaveAttributeAsync("data-state", "clean");
        await Expect(page.Locator("#diagnostics .diagnostics-summary")).ToHaveTextAsync("No problems found.");
        var nodes = int.Parse(await page.Locator("#graph[data-node-count]").GetAttributeAsync("data-node-count") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(nodes > 5, $"the graph drew {nodes} nodes");
        await author.AssertAccessibleAsync();
        await author.ScreenshotAsync("author-workbench-clean");

        // `by: [nurse]` becomes `by: [nursex]`: an unknown role, at that line.
        await GoToLineEndAsync(page, ByLine);
        await page.Keyboard.PressAsync("ArrowLeft");
        await page.Keyboard.TypeAsync("x");
        var error = page.Locator($"#diagnostics li.diagnostic[data-code=RS0102][data-line='{ByLine}']");
        await Expect(error).ToBeVisibleAsync();
        await Expect(error.Locator(".message")).ToContainTextAsync("nursex");
        await Expect(page.Locator("#diagnostics")).ToHaveAttributeAsync("data-state", "problems");
        await Expect(page.Locator(".cm-lint-marker-error").First).ToBeAttachedAsync();
        await author.AssertAccessibleAsync();
        await author.ScreenshotAsync("author-workbench-error");

        await page.Keyboard.PressAsync("Backspace");
        await Expect(page.Locator("#diagnostics")).ToHaveAttributeAsync("data-state", "clean");
        await Expect(error).ToHaveCountAsync(0);
        AssertNoErrors(author);
    }

    [Fact]
    public async Task TheExpertBotsReferWithFullMarksAndTheDebriefIsShown()
    {
        await using var author = await SignedInAsync();
        var page = author.Page;
        await OpenAsync(page, Reference);
        // The explorer searches the scenario for about a second: the answer may take a while on a busy machine.
        await page.ClickAsync("button[name=intent][value=dry-run]", new() { Timeout = 60_000 });
        var run = page.Locator("#dry-run");
        await Expect(run).ToHaveAttributeAsync("data-outcome", "referred", new() { Timeout = 30_000 });
        await Expect(page.Locator("#dry-run-outcome")).ToHaveTextAsync("Referred");
        Assert.True(int.Parse(await page.Locator("#dry-run-events").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture) > 10);
        var score = (await page.Locator("#dry-run-score").InnerTextAsync()).Split(" / ");
        Assert.Equal(score[1], score[0]);
        var debrief = page.FrameLocator("#debrief");
        await Expect(debrief.Locator("h1")).ToContainTextAsync("Emergency department at night");
        await Expect(debrief.Locator("h2").Filter(new() { HasText = "/" })).ToContainTextAsync($"{score[0]} / {score[1]}");
        // The explorer ran too: the reference scenario has no findings.
        await Expect(page.Locator("#diagnostics")).ToHaveAttributeAsync("data-state", "clean");
        await author.AssertAccessibleAsync();
        await author.ScreenshotAsync("author-dry-run-expert");

        await page.CheckAsync("input[name=bots][value=random]");
        await page.FillAsync("#seed", "42");
        await page.ClickAsync("button[name=intent][value=dry-run]", new() { Timeout = 60_000 });
        await Expect(page.Locator("#dry-run-title")).ToContainTextAsync("42", new() { Timeout = 30_000 });
        await Expect(page.Locator("input[name=bots][value=random]")).ToBeCheckedAsync();
        AssertNoErrors(author);
    }

    [Fact]
    public async Task AnOversizedUploadIsRefusedInTheUiLanguageAndNothingIsSaved()
    {
        var before = await LibraryAsync();
        foreach (var culture in new[] { "en", "el" })
        {
            await using var author = await SignedInAsync();
            var page = author.Page;
            await page.GotoAsync($"/author?culture={culture}");
            await page.SetInputFilesAsync("#upload", new FilePayload
            {
                Name = "huge.yaml",
                MimeType = "text/yaml",
                Buffer = [.. Enumerable.Repeat((byte)'a', (1024 * 1024) + 1)],
            });
            var response = await page.RunAndWaitForResponseAsync(() => page.ClickAsync("button[name=intent][value=upload]"),
                r => r.Url.EndsWith("/author", StringComparison.Ordinal) && r.Request.Method == "POST");
            Assert.Equal(422, response.Status);
            await Expect(page.Locator("#author-error")).ToHaveTextAsync(AuthorResources.Read(culture)["Error_scenario-too-large"]);
            await Expect(page.Locator("#upload")).ToHaveAttributeAsync("aria-invalid", "true");
            await author.AssertAccessibleAsync();
            await author.ScreenshotAsync($"author-upload-too-large-{culture}");
        }

        Assert.Equal(before, await LibraryAsync());
    }

    [Fact]
    public async Task AValidNewScenarioIsSavedAndOfferedInTheLibraryAndAnOlderVersionIsRefused()
    {
        await using var author = await SignedInAsync();
        var page = author.Page;
        await OpenAsync(page, Reference);

        // Saving the library's own version again is refused: its version is not higher.
        await page.ClickAsync("button[name=intent][value=save]");
        await Expect(page.Locator("#author-error")).ToContainTextAsync("raise the scenario's version");

        // A new id (line 5: `id: gr-ed-lover-boy`) is a new scenario.
        await Expect(page.Locator("#diagnostics")).ToHaveAttributeAsync("data-state", "clean");
        await GoToLineEndAsync(page, 5);
        await page.Keyboard.TypeAsync("-copy");
        await Expect(page.Locator("#diagnostics")).ToHaveAttributeAsync("data-state", "clean");
        await page.ClickAsync("button[name=intent][value=save]");
        await Expect(page.Locator("#author-saved")).ToContainTextAsync("gr-ed-lover-boy-copy");
        await author.ScreenshotAsync("author-saved");
        var library = await LibraryAsync();
        Assert.Contains("gr-ed-lover-boy-copy@1", library);
        // And a session can be created from it at once.
        var (sessionId, _) = await server.Facilitator.CreateSessionAsync("gr-ed-lover-boy-copy");
        Assert.NotEqual(Guid.Empty, sessionId);
    }

    /// <summary>No console error (a Content-Security-Policy violation is one) and no failed request but the favicon.</summary>
    internal static void AssertNoErrors(ParticipantBrowser browser)
    {
        var errors = browser.ConsoleErrors.Where(e => !e.StartsWith("Failed to load resource", StringComparison.Ordinal)).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var failed = FailedRequests.TryGetValue(browser.Page, out var bag) ? [.. bag] : new List<string>();
        Assert.True(failed.All(u => u.EndsWith("/favicon.ico", StringComparison.Ordinal)), string.Join("\n", failed));
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IPage, System.Collections.Concurrent.ConcurrentBag<string>> FailedRequests = [];

    internal static void TrackFailures(IPage page)
    {
        var failed = FailedRequests.GetOrCreateValue(page);
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && response.Request.Method == "GET" && response.Request.ResourceType != "document")
            {
                failed.Add(response.Url);
            }
        };
    }

    private async Task<ParticipantBrowser> SignedInAsync()
    {
        var browser = await ParticipantBrowser.LaunchAsync(server.Server.BaseAddress);
        TrackFailures(browser.Page);
        var cookie = server.Facilitator.CookieHeader.Split("; ").Select(c => c.Split('=', 2)).Single(c => c[0] == "rs_facilitator");
        await browser.Page.Context.AddCookiesAsync([new Microsoft.Playwright.Cookie { Name = cookie[0], Value = cookie[1], Url = server.Server.BaseAddress.ToString() }]);
        return browser;
    }

    private static async Task OpenAsync(IPage page, string scenarioId)
    {
        await page.GotoAsync($"/author?scenario={scenarioId}");
        await Expect(page.Locator(".editor .cm-content")).ToBeVisibleAsync();
        await Expect(page.Locator("#graph[data-node-count]")).ToBeAttachedAsync();
    }

    /// <summary>Moves the editor's cursor to the end of a line with CodeMirror's own "go to line" (Ctrl+Alt+G), as an author would.</summary>
    private static async Task GoToLineEndAsync(IPage page, int line)
    {
        await page.Locator(".editor .cm-content").ClickAsync();
        await page.Keyboard.PressAsync("Control+Alt+g");
        var input = page.Locator(".editor input[name=line]");
        await input.FillAsync(line.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await input.PressAsync("Enter");
        await page.Keyboard.PressAsync("End");
    }

    /// <summary>The library as the JSON API lists it: "id@version", sorted.</summary>
    private async Task<string> LibraryAsync()
    {
        using var response = await server.Facilitator.GetAsync("/api/scenarios");
        response.EnsureSuccessStatusCode();
        var list = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();
        return string.Join(",", list.Select(s => $"{(string)s!["id"]!}@{(int)s["version"]!}").Order(StringComparer.Ordinal));
    }
}
