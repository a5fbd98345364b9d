using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ReferralSim.Web.Tests.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace ReferralSim.Web.Tests.Browser;

/// <summary>
/// The walk-through of the guide's "Running a session" chapter, in real Chromium against a fresh
/// server: first-run setup, the library, a session with its join screen, a participant joining and
/// taking a role, bots, the clock, an inject, the pause, the end and the debrief, and the author
/// workbench. Each step's screenshot (the 1280×800 viewport, so the images stay small) lands in
/// test-output/screenshots/guide-*.png; with REFERRALSIM_UPDATE_GUIDE_IMAGES=1 it is also written
/// to facilitator-guide/images/, the pictures the guide shows:
/// <c>REFERRALSIM_UPDATE_GUIDE_IMAGES=1 dotnet test tests/ReferralSim.Web.Tests --filter GuideScreenshotsTests</c>
/// </summary>
[Trait("Category", "Browser")]
public sealed class GuideScreenshotsTests(FacilitatorServer server) : IClassFixture<FacilitatorServer>
{
    private const string UpdateVariable = "REFERRALSIM_UPDATE_GUIDE_IMAGES";

    private static readonly string GuideImages = RepositoryRoot.Combine("facilitator-guide", "images");

    [Fact]
    public async Task TheGuidesWalkThroughWorksStepByStep()
    {
        await using var facilitator = await ParticipantBrowser.LaunchAsync(server.Server.BaseAddress);
        var page = facilitator.Page;

        // Before: the first-run setup creates the first facilitator account.
        await page.GotoAsync("/facilitator");
        await page.WaitForURLAsync("**/setup");
        await page.FillAsync("#userName", "anna");
        await ShotAsync(page, "setup");
        await page.FillAsync("#password", "a long enough password");
        await page.ClickAsync("form[action='/setup'] button[type=submit]");
        await page.WaitForURLAsync("**/facilitator");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Scenario library");
        await ShotAsync(page, "library");

        // A session of the reference scenario, in English: the join screen for the projector.
        var card = page.Locator(".scenario", new() { Has = page.Locator("#scenario-gr-ed-lover-boy") });
        await card.Locator("select[name=language]").SelectOptionAsync("en");
        await card.Locator("button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(new Regex("/facilitator/sessions/[0-9a-f-]{36}/join$"));
        var code = await page.Locator(".join-code").InnerTextAsync();
        await Expect(page.Locator(".qr svg")).ToBeVisibleAsync();
        await ShotAsync(page, "join-screen");

        // A participant joins from her own laptop and takes the triage nurse.
        await page.ClickAsync(".join-next a");
        await Expect(page.Locator("[data-controller=board][data-board-state=live]")).ToBeAttachedAsync();
        await using var participant = await ParticipantBrowser.LaunchAsync(server.Server.BaseAddress);
        var play = participant.Page;
        await play.GotoAsync($"/join/{code}");
        await play.FillAsync("#name", "Eleni");
        await ShotAsync(play, "participant-join");
        await play.ClickAsync("form[action='/join'] button[type=submit]");
        await play.WaitForURLAsync("**/role");
        await ShotAsync(play, "participant-role");
        await participant.TakeRoleAsync("nurse");

        // The lobby: the rest of the roles filled with bots.
        await Expect(page.Locator("#role-row-nurse .person-name")).ToHaveTextAsync("Eleni");
        await page.ClickAsync("form[action$='/bots'] button");
        await Expect(page.Locator("#board-roles .tag-bot").First).ToBeVisibleAsync();
        await ShotAsync(page, "lobby");

        // Start; the participant's page: briefing, what happens, observations, actions.
        await page.ClickAsync("button[name=command][value=start]");
        await Expect(page.Locator("#board-status .pill")).ToHaveTextAsync("Running");
        await Expect(play.Locator("#status .pill")).ToHaveTextAsync("Running");
        await play.ClickAsync("button[name=act][value='triage-assessment']");
        await Expect(play.Locator("#obs-companion-holds-her-id")).ToBeVisibleAsync();
        await play.ClickAsync("button[name=indicator][value='companion-holds-her-id']");
        await Expect(play.Locator("#observations li", new() { Has = play.Locator("#obs-companion-holds-her-id") }).Locator(".noted")).ToBeVisibleAsync();
        await ShotAsync(play, "participant-play");
        await ShotAsync(page, "board-running");

        // The clock: pause (for safety), an inject by its title, speed, resume.
        await page.ClickAsync("button[name=command][value=pause]");
        await Expect(play.Locator("#status .pill")).ToHaveTextAsync("Paused");
        await Expect(page.Locator(".paused-banner")).ToBeVisibleAsync();
        await ShotAsync(play, "participant-paused");
        await page.Locator("select#inject").SelectOptionAsync(new SelectOptionValue { Label = "The interpreter is delayed" });
        await page.ClickAsync("button[name=command][value=fire]");
        await Expect(page.Locator("#board-feed")).ToContainTextAsync("You fired: The interpreter is delayed");
        await page.Locator("#board-controls").ScrollIntoViewIfNeededAsync();
        await ShotAsync(page, "board-paused");
        await page.Locator("select#speed").SelectOptionAsync("2");
        await page.ClickAsync("button[name=command][value=speed]");
        await Expect(page.Locator("#board-status .speed")).ToContainTextAsync("2");
        await page.ClickAsync("button[name=command][value=resume]");
        await Expect(page.Locator("#board-status .pill")).ToHaveTextAsync("Running");

        // End, with the tick, then the debrief; then the projector view without scores.
        await page.CheckAsync("input[name=confirm-end]");
        await page.ClickAsync("button[name=command][value=end]");
        await page.WaitForURLAsync("**/debrief");
        await Expect(page.FrameLocator("iframe.debrief-frame").Locator("h1")).ToContainTextAsync("Emergency department at night");
        await ShotAsync(page, "debrief");
        await page.CheckAsync("input[name=scores]");
        await page.ClickAsync(".score-toggle button");
        await page.WaitForURLAsync("**/debrief?scores=hide");
        await Expect(page.FrameLocator("iframe.debrief-frame").Locator("h1")).ToContainTextAsync("Emergency department at night");
        await ShotAsync(page, "debrief-projector");

        // Writing scenarios: the author workbench with a scenario open.
        await page.GotoAsync("/author?scenario=gr-ed-lover-boy");
        await Expect(page.Locator("#diagnostics")).ToHaveAttributeAsync("data-state", "clean");
        await Expect(page.Locator("#graph[data-node-count]")).ToBeAttachedAsync();
        await ShotAsync(page, "author-workbench");

        Assert.Empty(facilitator.Dialogs);
        Assert.Empty(participant.Dialogs);
    }

    /// <summary>The viewport as the person sees it; into the guide's images only when asked.</summary>
    private static async Task ShotAsync(IPage page, string name)
    {
        var png = await page.ScreenshotAsync(new PageScreenshotOptions { FullPage = false });
        Directory.CreateDirectory(ParticipantBrowser.ScreenshotFolder);
        await File.WriteAllBytesAsync(Path.Combine(ParticipantBrowser.ScreenshotFolder, $"guide-{name}.png"), png);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(GuideImages);
            await File.WriteAllBytesAsync(Path.Combine(GuideImages, $"{name}.png"), png);
        }
    }
}
