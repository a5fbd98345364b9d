using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ReferralSim.Engine.Scenarios.Model;
using ReferralSim.Web.Tests.Debrief;
using ReferralSim.Web.Tests.Live;
using static Microsoft.Playwright.Assertions;

namespace ReferralSim.Web.Tests.Browser;

/// <summary>
/// The whole exercise as a workshop runs it, in real Chromium against the real server: the
/// facilitator creates a session of the reference scenario and shows the join screen; four
/// professionals join by code in their own browsers and take the nurse, doctor, mediator and NGO
/// roles; bots take the police and social-worker roles; the people play the scenario's expert path
/// by clicking, noting every true indicator they see; the facilitator pauses, fires an inject and
/// resumes; one participant reloads; the referral ends the story, and the debrief gives the team
/// full marks for identification and downloads as HTML.
/// </summary>
[Trait("Category", "Browser")]
public sealed class WorkshopExerciseTests(WorkshopServer server) : IClassFixture<WorkshopServer>
{
    /// <summary>How long a step may wait for its button: the role may be busy for up to 10 simulated minutes (20 s at 30×) or wait on a bot.</summary>
    private const float BusyTimeoutMs = 60_000;

    private static readonly string[] PeoplesRoles = ["nurse", "doctor", "mediator", "ngo"];

    private static ScenarioDefinition Reference => DebriefFixtures.Scenario.Definition;

    [Fact]
    public async Task FourProfessionalsAndTwoBotsPlayTheExpertPathAndTheDebriefGivesFullMarksForIdentification()
    {
        await using var facilitator = await ParticipantBrowser.LaunchAsync(server.Server.BaseAddress);
        var board = facilitator.Page;
        await FacilitatorSignIn.SignInAsync(facilitator, WorkshopServer.UserName, WorkshopServer.Password);
        var card = board.Locator(".scenario", new() { Has = board.Locator("#scenario-gr-ed-lover-boy") });
        await card.Locator("select[name=language]").SelectOptionAsync("en");
        await card.Locator("button[type=submit]").ClickAsync();
        await board.WaitForURLAsync(new Regex("/facilitator/sessions/[0-9a-f-]{36}/join$"));
        var code = (await board.Locator(".join-code").InnerTextAsync()).Replace("-", "", StringComparison.Ordinal);
        await board.ClickAsync(".join-next a");
        await Expect(board.Locator("[data-controller=board][data-board-state=live]")).ToBeAttachedAsync();

        // Four people join in their own browsers: the nurse types the code, the others use the QR's address.
        var people = new Dictionary<string, ParticipantBrowser>();
        try
        {
            foreach (var role in PeoplesRoles)
            {
                people[role] = await ParticipantBrowser.LaunchAsync(server.Server.BaseAddress);
            }

            await JoinByTypingTheCodeAsync(people["nurse"], code, "Eleni");
            await people["doctor"].JoinAsync(code, "Luca");
            await people["mediator"].JoinAsync(code, "Amina");
            await people["ngo"].JoinAsync(code, "Sofia");
            foreach (var role in PeoplesRoles)
            {
                await people[role].TakeRoleAsync(role);
            }

            // The board shows them in their roles; bots fill the two empty roles and are labelled as bots.
            foreach (var role in PeoplesRoles)
            {
                await Expect(board.Locator($"#role-row-{role} .tag-bot")).ToHaveCountAsync(0);
                await Expect(board.Locator($"#role-row-{role} .person-name")).Not.ToBeEmptyAsync();
            }

            await board.ClickAsync("form[action$='/bots'] button");
            await Expect(board.Locator("#role-row-police .tag-bot")).ToBeVisibleAsync();
            await Expect(board.Locator("#role-row-social-worker .tag-bot")).ToBeVisibleAsync();
            await facilitator.ScreenshotAsync("exercise-lobby-full");

            // Each action takes simulated minutes during which its role is busy: fast-forward, as a
            // facilitator rehearsing alone would, so the test does not wait them out at workshop speed.
            await board.ClickAsync("button[name=command][value=start]");
            await board.Locator("select#speed").SelectOptionAsync("30");
            await board.ClickAsync("button[name=command][value=speed]");
            await Expect(board.Locator("select#speed option[selected]")).ToHaveAttributeAsync("value", "30");
            foreach (var person in people.Values)
            {
                await Expect(person.Page.Locator("#status .pill")).ToHaveTextAsync("Running");
            }

            var path = Reference.Scoring!.ExpertPath;
            for (var i = 0; i < path.Count; i++)
            {
                var step = path[i];
                if (i == path.Count - 1)
                {
                    // Before the last step ends the story: everyone has received everything committed so far
                    // (a message arrives after all that was committed before it) and notes what is left.
                    await MessageEveryoneAsync(people, "doctor", "She agrees. NGO, please refer her now.");
                }

                await NoteEveryTrueIndicatorSeenAsync(people);
                if (people.TryGetValue(step.By, out var actor))
                {
                    await TakeStepAsync(actor, step);
                }

                if (step.Do == "join-consultation")
                {
                    await PauseInjectAndResumeAsync(board, people);
                    await ReloadMidSessionAsync(people["mediator"]);
                }
            }

            // Each sees only its own share: what she disclosed reached the doctor, never the nurse.
            var disclosed = Reference.Indicators.First(i => !i.IsDistractor && i.SeenBy.Contains("doctor") && !i.SeenBy.Contains("nurse"));
            await Expect(people["doctor"].Page.Locator($"#obs-{disclosed.Id}")).ToBeVisibleAsync();
            await Expect(people["nurse"].Page.Locator($"#obs-{disclosed.Id}")).ToHaveCountAsync(0);
            var disclosedText = await people["doctor"].Page.Locator($"#obs-{disclosed.Id}").InnerTextAsync();
            Assert.DoesNotContain(disclosedText, await people["nurse"].Page.Locator("body").InnerTextAsync(), StringComparison.Ordinal);

            // The referral reached the "referred" ending: the story is over on every page and on the board.
            foreach (var person in people.Values)
            {
                await Expect(person.Page.Locator("#status .pill")).ToHaveTextAsync("Ended");
            }

            await people["ngo"].ScreenshotAsync("exercise-ngo-referred");
            await Expect(board.Locator("#board-status .pill")).ToHaveTextAsync("Ended");
            await facilitator.ScreenshotAsync("exercise-board-ended");
            await board.ClickAsync("#board-controls a[href$='/debrief']");
            await board.WaitForURLAsync("**/debrief");

            var report = board.FrameLocator("iframe.debrief-frame");
            var identification = await report.Locator("tr", new() { Has = report.Locator("th", new() { HasTextString = "Identification" }) }).Locator("td").InnerTextAsync();
            var marks = Regex.Match(identification, @"^\s*([\d.]+)\s*/\s*([\d.]+)\s*$");
            Assert.True(marks.Success, $"identification reads '{identification}'");
            Assert.True(double.Parse(marks.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) > 0);
            Assert.Equal(marks.Groups[2].Value, marks.Groups[1].Value);
            await Expect(report.Locator("body")).ToContainTextAsync("Referred");
            await facilitator.AssertAccessibleAsync();
            await facilitator.ScreenshotAsync("exercise-debrief");

            var download = await board.RunAndWaitForDownloadAsync(() => board.ClickAsync("a[href*='debrief.html']"));
            var html = await File.ReadAllTextAsync((await download.PathAsync())!);
            Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
            Assert.Contains("Emergency department at night", html, StringComparison.Ordinal);
            Assert.Contains(identification.Trim(), html, StringComparison.Ordinal);

            foreach (var person in people.Values.Append(facilitator))
            {
                Assert.Empty(person.Dialogs);
                Assert.DoesNotContain(person.ConsoleErrors, e => e.Contains("Content Security Policy", StringComparison.Ordinal));
            }
        }
        finally
        {
            foreach (var person in people.Values)
            {
                await person.DisposeAsync();
            }
        }
    }

    private static async Task JoinByTypingTheCodeAsync(ParticipantBrowser participant, string code, string name)
    {
        var page = participant.Page;
        await page.GotoAsync("/join");
        await page.FillAsync("#code", code);
        await page.FillAsync("#name", name);
        await page.ClickAsync("form[action='/join'] button[type=submit]");
        await page.WaitForURLAsync("**/role");
    }

    /// <summary>
    /// One expert step by clicking, then waits until the actor's feed has grown: the push with the
    /// step's events (and whatever it revealed to the actor) has arrived.
    /// </summary>
    private static async Task TakeStepAsync(ParticipantBrowser actor, ExpertStep step)
    {
        var page = actor.Page;
        var feedLength = await page.Locator("#feed li").CountAsync();
        if (step.Do is { } action)
        {
            // The button appears when the step becomes possible, which may wait on a bot's step.
            try
            {
                await page.ClickAsync($"button[name=act][value='{action}']", new() { Timeout = BusyTimeoutMs });
            }
            catch (TimeoutException)
            {
                Assert.Fail($"{step.By} cannot take '{action}'; the page says:\n{await page.Locator("#actions").InnerTextAsync()}\n{await page.Locator("#feed").InnerTextAsync()}");
            }

            await Expect(page.Locator("form[action='/play/act'] [data-feedback]")).ToHaveTextAsync("Done.");
        }
        else
        {
            await page.CheckAsync($"input[name=service][value='{step.Refer}']");
            await page.ClickAsync("form[action='/play/refer'] button[type=submit]");
        }

        await page.WaitForFunctionAsync("n => document.querySelectorAll('#feed li').length > n", feedLength);
    }

    /// <summary>Each person notes, by clicking, every true indicator on their page not noted yet; distractors are left.</summary>
    private static async Task NoteEveryTrueIndicatorSeenAsync(Dictionary<string, ParticipantBrowser> people)
    {
        foreach (var person in people.Values)
        {
            var page = person.Page;
            var offered = await page.Locator("#observations button[name=indicator]").EvaluateAllAsync<string[]>("buttons => buttons.map(b => b.value)");
            foreach (var indicator in offered.Where(id => !Reference.Indicators.Single(i => i.Id == id).IsDistractor))
            {
                await page.ClickAsync($"#observations button[name=indicator][value='{indicator}']");
                await Expect(page.Locator("#observations li", new() { Has = page.Locator($"#obs-{indicator}") }).Locator(".noted")).ToBeVisibleAsync();
            }
        }
    }

    private static async Task MessageEveryoneAsync(Dictionary<string, ParticipantBrowser> people, string from, string text)
    {
        await people[from].SendMessageAsync(text);
        foreach (var (_, person) in people.Where(p => p.Key != from))
        {
            await Expect(person.Page.Locator("#feed .message .text", new() { HasTextString = text })).ToHaveCountAsync(1);
        }
    }

    /// <summary>A pause for participants' safety, a manual inject while paused, and the resume: every page shows each live.</summary>
    private static async Task PauseInjectAndResumeAsync(IPage board, Dictionary<string, ParticipantBrowser> people)
    {
        foreach (var person in people.Values)
        {
            await person.Page.EvaluateAsync("() => { window.stillTheSamePage = true; }");
        }

        await board.ClickAsync("button[name=command][value=pause]");
        foreach (var person in people.Values)
        {
            await Expect(person.Page.Locator("#status .pill")).ToHaveTextAsync("Paused");
            await Expect(person.Page.Locator("#actions button[name=act]")).ToHaveCountAsync(0);
        }

        // Fired by its title while paused: its narration reaches exactly the roles it is addressed to.
        var inject = Reference.Injects.Single(i => i.Id == "interpreter-delayed");
        var narration = inject.Effects.Narrate.Single();
        await board.Locator("select#inject").SelectOptionAsync(new SelectOptionValue { Label = inject.Title!.In("en", "en") });
        await board.ClickAsync("button[name=command][value=fire]");
        var text = narration.Text.In("en", "en");
        var addressed = people.Where(p => narration.To!.Contains(p.Key)).ToList();
        Assert.NotEmpty(addressed);
        foreach (var (_, person) in addressed)
        {
            await Expect(person.Page.Locator("#feed .narration", new() { HasTextString = text })).ToHaveCountAsync(1);
        }

        await board.ClickAsync("button[name=command][value=resume]");
        foreach (var person in people.Values)
        {
            await Expect(person.Page.Locator("#status .pill")).ToHaveTextAsync("Running");
            Assert.True(await person.Page.EvaluateAsync<bool>("() => window.stillTheSamePage === true"), "a participant's page reloaded");
        }

        // The resume was committed after the inject: a page showing it running has all it will get of the inject.
        foreach (var (_, person) in people.Where(p => !narration.To!.Contains(p.Key)))
        {
            Assert.Equal(0, await person.Page.Locator("#feed .narration", new() { HasTextString = text }).CountAsync());
        }
    }

    /// <summary>A participant reloads mid-session: back in role, the feed intact, still live.</summary>
    private static async Task ReloadMidSessionAsync(ParticipantBrowser participant)
    {
        var page = participant.Page;
        var feed = await page.Locator("#feed").InnerTextAsync();
        var role = await page.Locator(".play-header").InnerTextAsync();
        await page.ReloadAsync();
        await participant.WaitUntilLiveAsync();
        Assert.EndsWith("/play", page.Url, StringComparison.Ordinal);
        Assert.Equal(feed, await page.Locator("#feed").InnerTextAsync());
        Assert.Equal(role, await page.Locator(".play-header").InnerTextAsync());
    }
}

/// <summary>A real server whose facilitator account was set up before the workshop.</summary>
public sealed class WorkshopServer : IAsyncLifetime
{
    public const string UserName = "trainer";

    public const string Password = "a long enough password";

    public ServerProcess Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await ServerProcess.StartAsync(ServerProcess.NewDataFolder(), new Dictionary<string, string?>());
        using var api = new ReferralSimApi(Server.BaseAddress);
        await api.SignInFacilitatorAsync(UserName, Password);
    }

    public async Task DisposeAsync()
    {
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
    }
}
