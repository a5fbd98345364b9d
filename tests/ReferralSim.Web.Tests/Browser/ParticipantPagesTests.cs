using System.Collections.Concurrent;
using Microsoft.Playwright;
using ReferralSim.Web.Tests.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace ReferralSim.Web.Tests.Browser;

/// <summary>
/// The participant's flow in real Chromium against the real server: join in each UI language, take
/// a role, play live with another participant in another browser, reload, hostile text, errors.
/// Screenshots of each page land in test-output/screenshots/ for reviewers.
/// </summary>
[Trait("Category", "Browser")]
public sealed class ParticipantPagesTests(BrowserServer server) : IClassFixture<BrowserServer>
{
    private Uri BaseAddress => server.Server.BaseAddress;

    [Theory]
    [InlineData("en")]
    [InlineData("el")]
    [InlineData("it")]
    public async Task AParticipantJoinsInEachUiLanguageTakesARoleAndSeesTheBriefing(string culture)
    {
        var strings = UiResources.Read(culture);
        var (_, joinCode) = await server.CreateSessionAsync();
        await using var participant = await ParticipantBrowser.LaunchAsync(BaseAddress);
        var page = participant.Page;

        await page.GotoAsync($"/join/{joinCode}?culture={culture}");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", culture);
        await Expect(page.Locator("h1")).ToHaveTextAsync(strings["JoinTitle"]);
        await Expect(page.Locator("#code")).ToHaveValueAsync(joinCode);
        await AssertNoMissingStringsAsync(page, culture);
        await participant.AssertAccessibleAsync();
        await participant.ScreenshotAsync($"join-{culture}");

        await page.FillAsync("#name", "Maria");
        await page.ClickAsync("form[action='/join'] button[type=submit]");
        await page.WaitForURLAsync("**/role");
        await Expect(page.Locator("h1")).ToHaveTextAsync(strings["RoleTitle"]);
        await AssertNoMissingStringsAsync(page, culture);
        await participant.AssertAccessibleAsync();
        await participant.ScreenshotAsync($"role-{culture}");

        await participant.TakeRoleAsync("nurse");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", culture);
        await Expect(page.Locator("#briefing-heading")).ToHaveTextAsync(strings["Briefing"]);
        await Expect(page.Locator(".briefing")).Not.ToBeEmptyAsync();
        await Expect(page.Locator("#status .pill")).ToHaveTextAsync(strings["Phase_NotStarted"]);
        await AssertNoMissingStringsAsync(page, culture);
        await participant.AssertAccessibleAsync();
        await participant.ScreenshotAsync($"play-{culture}");
        Assert.Empty(participant.Dialogs);
        var violations = participant.ConsoleErrors.Where(e => e.Contains("Content Security Policy", StringComparison.Ordinal)).ToList();
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    /// <summary>Strings of the heavy libraries' own code: CodeMirror's content class, and cytoscape's
    /// (and its dagre layout's) name, which its messages and style ids carry.</summary>
    private static readonly string[] HeavyLibraryMarkers = ["cm-content", "cytoscape", "dagre"];

    [Fact]
    public async Task ThePlayPageLoadsNeitherTheEditorNorTheGraphLibraries()
    {
        // The markers are in the bundles the author's and the facilitator's pages load, so their
        // absence below means the libraries were left out, not that the markers went stale.
        var bundles = string.Concat(Directory.GetFiles(RepositoryRoot.Combine("web", "wwwroot"), "*.js", SearchOption.AllDirectories).Select(File.ReadAllText));
        Assert.All(HeavyLibraryMarkers, marker => Assert.Contains(marker, bundles, StringComparison.Ordinal));
        var (_, joinCode) = await server.CreateSessionAsync();
        await using var participant = await ParticipantBrowser.LaunchAsync(BaseAddress);
        var page = participant.Page;
        await participant.JoinAsync(joinCode, "Maria");
        var scripts = new ConcurrentQueue<IResponse>();
        page.Response += (_, response) =>
        {
            if (response.Request.ResourceType == "script")
            {
                scripts.Enqueue(response);
            }
        };

        await participant.TakeRoleAsync("nurse");

        Assert.Contains(scripts, s => new Uri(s.Url).AbsolutePath == "/app.js");
        foreach (var script in scripts)
        {
            var text = await script.TextAsync();
            Assert.All(HeavyLibraryMarkers, marker => Assert.False(text.Contains(marker, StringComparison.Ordinal), $"{script.Url} contains \"{marker}\""));
        }
    }

    /// <summary>A nurse and a doctor, each in a browser of their own, in a session that is running.</summary>
    private async Task<NurseAndDoctor> NurseAndDoctorInARunningSessionAsync()
    {
        var (sessionId, joinCode) = await server.CreateSessionAsync();
        var session = new NurseAndDoctor(await ParticipantBrowser.LaunchAsync(BaseAddress), await ParticipantBrowser.LaunchAsync(BaseAddress));
        try
        {
            await session.Nurse.JoinInRoleAsync(joinCode, "Nurse Eleni", "nurse");
            await session.Doctor.JoinInRoleAsync(joinCode, "Doctor Luca", "doctor");
            await server.StartAsync(sessionId);
            await Expect(session.Nurse.Page.Locator("#status .pill")).ToHaveTextAsync("Running");
            await Expect(session.Doctor.Page.Locator("#status .pill")).ToHaveTextAsync("Running");
            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    private sealed record NurseAndDoctor(ParticipantBrowser Nurse, ParticipantBrowser Doctor) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Nurse.DisposeAsync();
            await Doctor.DisposeAsync();
        }
    }

    [Fact]
    public async Task TheNursesActionUpdatesTheDoctorsPageLiveAndTheNursesObservationsStayHers()
    {
        await using var session = await NurseAndDoctorInARunningSessionAsync();
        var (nurse, doctor) = (session.Nurse, session.Doctor);
        await Expect(doctor.Page.Locator("button[name=act][value='examine-patient']")).ToHaveCountAsync(0);

        // The doctor's page updates live, pushed, without a reload (the marker set in the page
        // survives). How fast is measured by the load tool, not asserted in a test.
        await doctor.Page.EvaluateAsync("() => { window.stillTheSamePage = true; }");
        await nurse.Page.ClickAsync("button[name=act][value='triage-assessment']");
        await Expect(nurse.Page.Locator("form[action='/play/act'] [data-feedback]")).ToHaveTextAsync("Done.");
        await Expect(doctor.Page.Locator("button[name=act][value='examine-patient']")).ToBeVisibleAsync();
        Assert.True(await doctor.Page.EvaluateAsync<bool>("() => window.stillTheSamePage === true"), "the doctor's page reloaded");

        var heldId = nurse.Page.Locator("#obs-companion-holds-her-id");
        await Expect(heldId).ToBeVisibleAsync();
        var nurseOnlyText = await heldId.InnerTextAsync();

        // A message from the nurse to the doctor: once it is on the doctor's page, so is everything committed before it.
        await nurse.SendMessageAsync("Please come to bay 3.", "doctor");
        await Expect(doctor.Page.Locator("#feed .message .text")).ToHaveTextAsync("Please come to bay 3.");
        await Expect(doctor.Page.Locator("#obs-companion-holds-her-id")).ToHaveCountAsync(0);
        Assert.DoesNotContain(nurseOnlyText, await doctor.Page.Locator("body").InnerTextAsync(), StringComparison.Ordinal);

        // Noting an observation as a concern.
        await nurse.Page.ClickAsync("button[name=indicator][value='companion-holds-her-id']");
        await Expect(nurse.Page.Locator("#observations li", new() { Has = nurse.Page.Locator("#obs-companion-holds-her-id") }).Locator(".noted")).ToBeVisibleAsync();

        await nurse.AssertAccessibleAsync();
        await doctor.AssertAccessibleAsync();
        await nurse.ScreenshotAsync("play-nurse-running");
        await doctor.ScreenshotAsync("play-doctor-running");
    }

    [Fact]
    public async Task TheClockRunsOnBetweenEventsAndABusyRoleGetsItsActionsBackWithoutAnyoneActing()
    {
        var (sessionId, joinCode) = await server.CreateSessionAsync();
        await using var nurse = await ParticipantBrowser.LaunchAsync(BaseAddress);
        await nurse.JoinInRoleAsync(joinCode, "Nurse Eleni", "nurse");
        await server.StartAsync(sessionId);
        await server.SetSpeedAsync(sessionId, 30);
        var page = nurse.Page;
        await Expect(page.Locator("#status [data-clock-speed-value='30']")).ToBeAttachedAsync();

        // Triage takes five simulated minutes (ten seconds at 30×), during which the nurse is busy.
        await page.ClickAsync("button[name=act][value='triage-assessment']");
        await Expect(page.Locator("#obs-companion-holds-her-id")).ToBeVisibleAsync();
        await Expect(page.Locator("#reason-ask-companion-to-wait")).ToHaveTextAsync(UiResources.Read("en")["Reason_RoleBusy"]);
        var feedLength = await page.Locator("#feed li").CountAsync();
        var clock = await page.Locator(".clock [data-clock-target=time]").InnerTextAsync();

        // Nothing else happens in the session; the clock moves on and the nurse's actions come back.
        await Expect(page.Locator(".clock [data-clock-target=time]")).Not.ToHaveTextAsync(clock);
        await Expect(page.Locator("button[name=act][value='ask-companion-to-wait']")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        Assert.Equal(feedLength, await page.Locator("#feed li").CountAsync());
        await page.ClickAsync("button[name=act][value='ask-companion-to-wait']");
        await Expect(page.Locator("form[action='/play/act'] [data-feedback]")).ToHaveTextAsync("Done.");
    }

    [Fact]
    public async Task AReloadedPageComesBackToTheSamePlaceWithItsFeedAndStaysLive()
    {
        await using var session = await NurseAndDoctorInARunningSessionAsync();
        var (nurse, doctor) = (session.Nurse, session.Doctor);
        await nurse.Page.ClickAsync("button[name=act][value='triage-assessment']");
        await Expect(nurse.Page.Locator("#obs-companion-holds-her-id")).ToBeVisibleAsync();
        var feedBefore = await nurse.Page.Locator("#feed").InnerTextAsync();
        var observationsBefore = await nurse.Page.Locator("#observations").InnerTextAsync();

        await nurse.Page.ReloadAsync();
        await nurse.WaitUntilLiveAsync();
        Assert.EndsWith("/play", nurse.Page.Url, StringComparison.Ordinal);
        Assert.Equal(feedBefore, await nurse.Page.Locator("#feed").InnerTextAsync());
        Assert.Equal(observationsBefore, await nurse.Page.Locator("#observations").InnerTextAsync());

        await doctor.SendMessageAsync("After the reload", "nurse");
        await Expect(nurse.Page.Locator("#feed .message .text")).ToHaveTextAsync("After the reload");
    }

    [Fact]
    public async Task AParticipantWhoseConnectionDroppedCatchesUpOnWhatItMissed()
    {
        await using var session = await NurseAndDoctorInARunningSessionAsync();
        var (nurse, doctor) = (session.Nurse, session.Doctor);

        await using var network = await DroppableHub.RouteAsync(doctor.Page);
        await network.DropAsync();
        await Expect(doctor.Page.Locator("[data-live-state=reconnecting]")).ToBeAttachedAsync();
        await nurse.SendMessageAsync("While you were away", "doctor");

        network.Restore();
        await Expect(doctor.Page.Locator("#feed .message .text")).ToHaveTextAsync("While you were away", new() { Timeout = 20_000 });
        await doctor.WaitUntilLiveAsync();
    }

    [Fact]
    public async Task APageThatMissedAPushFetchesTheWholeFeedOnTheNextOne()
    {
        await using var session = await NurseAndDoctorInARunningSessionAsync();
        var (nurse, doctor) = (session.Nurse, session.Doctor);
        await using var network = await DroppableHub.RouteAsync(doctor.Page);

        // A push adds only its own entries to the feed: the page must notice the gap the lost one leaves.
        network.LoseNextFragments();
        await nurse.SendMessageAsync("The push that is lost", "doctor");
        await nurse.SendMessageAsync("The push that arrives", "doctor");

        await Expect(doctor.Page.Locator("#feed .message .text")).ToHaveTextAsync(["The push that is lost", "The push that arrives"]);
        await Expect(nurse.Page.Locator("#feed .message .text")).ToHaveTextAsync(["The push that is lost", "The push that arrives"]);
    }

    [Fact]
    public async Task HostileDisplayNamesAndMessagesStayInertText()
    {
        const string name = "<img src=x onerror=alert(1)>";
        const string message = "<script>alert(2)</script><img src=x onerror=alert(3)>";
        var (sessionId, joinCode) = await server.CreateSessionAsync();
        await using var nurse = await ParticipantBrowser.LaunchAsync(BaseAddress);
        await using var doctor = await ParticipantBrowser.LaunchAsync(BaseAddress);
        await nurse.JoinAsync(joinCode, name);
        await Expect(nurse.Page.Locator("main .lead")).ToContainTextAsync(name);
        await nurse.TakeRoleAsync("nurse");
        await Expect(nurse.Page.Locator(".play-header p")).ToContainTextAsync(name);
        await doctor.JoinInRoleAsync(joinCode, "Doctor Luca", "doctor");
        await server.StartAsync(sessionId);
        await Expect(doctor.Page.Locator("#status .pill")).ToHaveTextAsync("Running");

        await nurse.SendMessageAsync(message, "doctor");
        await Expect(doctor.Page.Locator("#feed .message .text")).ToHaveTextAsync(message);
        await Expect(nurse.Page.Locator("#feed .message .text")).ToHaveTextAsync(message);

        // Reloaded (rendered by the page, not pushed) it is text as well.
        await doctor.Page.ReloadAsync();
        await Expect(doctor.Page.Locator("#feed .message .text")).ToHaveTextAsync(message);
        Assert.Equal(0, await doctor.Page.Locator("#feed img, #feed script").CountAsync());
        Assert.Equal(0, await nurse.Page.Locator("main img").CountAsync());
        Assert.Empty(nurse.Dialogs);
        Assert.Empty(doctor.Dialogs);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("it")]
    public async Task JoinMistakesAreExplainedInTheUiLanguage(string culture)
    {
        var strings = UiResources.Read(culture);
        var (sessionId, joinCode) = await server.CreateSessionAsync();
        await using var participant = await ParticipantBrowser.LaunchAsync(BaseAddress);
        var page = participant.Page;
        await page.GotoAsync($"/join?culture={culture}");

        async Task SubmitAsync(string code, string displayName, string expected)
        {
            await page.FillAsync("#code", code);
            await page.FillAsync("#name", displayName);
            var response = await page.RunAndWaitForResponseAsync(
                () => page.ClickAsync("form[action='/join'] button[type=submit]"), r => r.Url.EndsWith("/join", StringComparison.Ordinal));
            Assert.Equal(422, response.Status);
            await Expect(page.Locator("#form-error")).ToHaveTextAsync(strings[expected]);
        }

        await SubmitAsync("ZZZZZZ", "Maria", "Error_unknown-join-code");
        await Expect(page.Locator("#code")).ToHaveAttributeAsync("aria-invalid", "true");
        await participant.AssertAccessibleAsync();
        await participant.ScreenshotAsync($"join-error-{culture}");
        await SubmitAsync(joinCode, "", "Error_name-required");
        await SubmitAsync(joinCode, new string('a', 41), "Error_name-too-long");
        await Expect(page.Locator("#name")).ToHaveValueAsync(new string('a', 41));
        await server.StartAsync(sessionId);
        await server.EndAsync(sessionId);
        await SubmitAsync(joinCode, "Maria", "Error_session-ended");
    }

    [Fact]
    public async Task TheLanguageSwitcherWorksByKeyboardAndIsRemembered()
    {
        await using var participant = await ParticipantBrowser.LaunchAsync(BaseAddress);
        var page = participant.Page;
        await page.GotoAsync("/join");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await page.Locator(".languages a[lang=el]").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "el");
        Assert.EndsWith("/join", page.Url, StringComparison.Ordinal);
        await page.GotoAsync("/");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "el");
        await Expect(page.Locator(".languages a[aria-current=true]")).ToHaveAttributeAsync("lang", "el");
    }

    private static async Task AssertNoMissingStringsAsync(IPage page, string culture)
    {
        var text = await page.Locator("body").InnerTextAsync();
        var title = await page.TitleAsync();
        var leaked = UiResources.LeakableKeys().Where(k => text.Contains(k, StringComparison.Ordinal) || title.Contains(k, StringComparison.Ordinal)).ToList();
        Assert.Empty(leaked);
        if (culture != "en")
        {
            var english = UiResources.Read("en");
            var translated = UiResources.Read(culture);
            var untranslated = english.Where(e => e.Value.Length >= 15 && translated[e.Key] != e.Value && text.Contains(e.Value, StringComparison.Ordinal));
            Assert.Empty(untranslated.Select(e => e.Key));
        }
    }
}
