using static Microsoft.Playwright.Assertions;

namespace ReferralSim.Web.Tests.Browser;

/// <summary>
/// Comparing sessions in the console (a workshop's day 1 and day 3): ticked in the library, shown
/// side by side framed like the debrief, scores hideable, the HTML downloadable; and every way of
/// asking wrongly explained on the library page, changing nothing.
/// </summary>
[Trait("Category", "Browser")]
public sealed class SessionComparisonTests(BrowserServer server) : IClassFixture<BrowserServer>
{
    [Fact]
    public async Task TheFacilitatorTicksTwoEndedSessionsAndSeesThemSideBySide()
    {
        var (dayOne, _) = await server.CreateSessionAsync();
        var (dayThree, _) = await server.CreateSessionAsync();
        foreach (var session in new[] { dayOne, dayThree })
        {
            await server.StartAsync(session);
            await server.EndAsync(session);
        }

        var (notEnded, _) = await server.CreateSessionAsync();
        await using var facilitator = await ParticipantBrowser.LaunchAsync(server.Server.BaseAddress);
        var page = facilitator.Page;
        await FacilitatorSignIn.SignInAsync(facilitator, "facilitator", "a long enough password");

        // Only ended sessions can be ticked; one alone is not a comparison.
        await Expect(page.Locator($"#compare-{notEnded}")).ToHaveCountAsync(0);
        await page.CheckAsync($"#compare-{dayOne}");
        await page.ClickAsync(".compare-actions button");
        await Expect(page.Locator("#form-error")).ToHaveTextAsync("Tick two or more ended sessions to compare them.");

        await page.CheckAsync($"#compare-{dayOne}");
        await page.CheckAsync($"#compare-{dayThree}");
        await facilitator.AssertAccessibleAsync();
        await page.ClickAsync(".compare-actions button");
        await page.WaitForURLAsync("**/facilitator/compare?session=*");
        await Expect(page.Locator("h1")).ToContainTextAsync("Sessions compared");

        // Oldest first, whatever the order of the ticks: day 1 before day 3.
        await Expect(page.Locator("ol.compared li a")).ToHaveCountAsync(2);
        await Expect(page.Locator("ol.compared li a").First).ToHaveAttributeAsync("href", $"/facilitator/sessions/{dayOne}/debrief");
        var report = page.FrameLocator("iframe.debrief-frame");
        await Expect(report.Locator("h1")).ToContainTextAsync("Emergency department at night");
        await Expect(report.Locator("table").Nth(2).Locator("tbody th").First).ToHaveTextAsync("Triage nurse");
        await Expect(report.Locator("table").First.Locator("tbody tr")).ToHaveCountAsync(2);
        await Expect(report.Locator("table").First.Locator("thead th", new() { HasTextString = "Score" })).ToHaveCountAsync(1);
        await facilitator.AssertAccessibleAsync();
        await facilitator.ScreenshotAsync("facilitator-compare");

        // For the projector: the scores hidden, the sessions kept.
        await page.CheckAsync("input[name=scores]");
        await page.ClickAsync(".score-toggle button");
        await page.WaitForURLAsync("**scores=hide");
        await Expect(report.Locator("table").First.Locator("tbody tr")).ToHaveCountAsync(2);
        await Expect(report.Locator("table").First.Locator("thead th", new() { HasTextString = "Score" })).ToHaveCountAsync(0);

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("a[href^='/facilitator/compare.html']"));
        var html = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("Emergency department at night", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">Score<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskingWronglyIsExplainedOnTheLibraryPage()
    {
        var (ended, _) = await server.CreateSessionAsync();
        var (otherScenario, _) = await server.CreateSessionAsync("it-ed-caporalato");
        var (notEnded, _) = await server.CreateSessionAsync();
        foreach (var session in new[] { ended, otherScenario })
        {
            await server.StartAsync(session);
            await server.EndAsync(session);
        }

        await using var facilitator = await ParticipantBrowser.LaunchAsync(server.Server.BaseAddress);
        var page = facilitator.Page;
        await FacilitatorSignIn.SignInAsync(facilitator, "facilitator", "a long enough password");

        async Task AssertRefusedAsync(string query, int status, string message)
        {
            var response = await page.GotoAsync($"/facilitator/compare?{query}");
            Assert.Equal(status, response!.Status);
            await Expect(page.Locator("#form-error")).ToHaveTextAsync(message);
        }

        await AssertRefusedAsync($"session={ended}&session={notEnded}", 422, "Only ended sessions can be compared: end the session first.");
        await AssertRefusedAsync($"session={ended}&session={otherScenario}", 422, "Only sessions of the same scenario can be compared.");
        await AssertRefusedAsync($"session={ended}&session={ended}", 422, "Tick two or more ended sessions to compare them.");
        await AssertRefusedAsync($"session={ended}&session={Guid.NewGuid()}", 404, "There is no such session.");
        await AssertRefusedAsync($"session={ended}&session=not-a-session", 404, "There is no such session.");
        var tooMany = string.Join("&", Enumerable.Repeat(0, 7).Select(_ => $"session={Guid.NewGuid()}"));
        await AssertRefusedAsync(tooMany, 422, "Compare at most six sessions at a time.");

        // The frame and the download answer a refusal with its code, never a report.
        var frame = await page.Context.APIRequest.GetAsync($"/facilitator/compare/report?session={ended}&session={notEnded}");
        Assert.Equal(409, frame.Status);
        Assert.Contains("compare-not-ended", await frame.TextAsync(), StringComparison.Ordinal);
    }
}
