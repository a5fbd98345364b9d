using ReferralSim.Engine.Bots;
using ReferralSim.Engine.Runtime;
using ReferralSim.Engine.Runtime.Commands;
using ReferralSim.Engine.Runtime.Events;
using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Tests.Bots;

public sealed class LiveBotTests
{
    private static ScenarioRun StartedReference()
    {
        var run = new ScenarioRun(RepositoryScenarios.Reference, new RunOptions(5, "en"));
        Assert.True(run.Execute(new StartRun(SimTime.Zero)).Accepted);
        return run;
    }

    [Fact]
    public void ABotCanBeAssignedInTheLobbyAndTheLogSaysSoToEveryone()
    {
        var run = new ScenarioRun(RepositoryScenarios.Reference, new RunOptions(5, "en"));

        var result = run.Execute(new FillRoleWithBot(SimTime.Zero, "police"));

        var assigned = Assert.IsType<BotAssigned>(Assert.Single(result.Events));
        Assert.Equal("police", assigned.Role);
        Assert.True(assigned.Audience.Everyone);
        Assert.Contains("police", run.State.BotRoles);
    }

    [Fact]
    public void ARoleGetsOneBotAtMostAndOnlyIfTheScenarioHasIt()
    {
        var run = StartedReference();
        Assert.True(run.Execute(new FillRoleWithBot(SimTime.Zero, "police")).Accepted);

        Assert.Equal(RejectionCode.AlreadyABot, run.Execute(new FillRoleWithBot(SimTime.Zero, "police")).Rejection?.Code);
        Assert.Equal(RejectionCode.UnknownRole, run.Execute(new FillRoleWithBot(SimTime.Zero, "judge")).Rejection?.Code);
    }

    [Fact]
    public void ALiveBotNotesWhatItsRoleHasSeenButNeverADistractor()
    {
        var run = StartedReference();
        var bot = new LiveBot("doctor");

        var noted = new List<string>();
        while (bot.Decide(run) is NoteConcern note)
        {
            Assert.True(run.Execute(note).Accepted);
            noted.Add(note.Indicator);
        }

        Assert.Contains("companion-speaks-for-her", noted);
        Assert.DoesNotContain("late-at-night", noted);
    }

    [Fact]
    public void ALiveBotTakesItsOwnExpertStepAsSoonAsItIsPossibleWhateverOthersDid()
    {
        var run = StartedReference();
        var bot = new LiveBot("doctor");
        while (bot.Decide(run) is NoteConcern note)
        {
            Assert.True(run.Execute(note).Accepted);
        }

        Assert.Null(bot.Decide(run));
        Assert.True(run.Execute(new PerformAction(SimTime.FromMinutes(1), "nurse", "triage-assessment")).Accepted);
        while (bot.Decide(run) is NoteConcern note)
        {
            Assert.True(run.Execute(note).Accepted);
        }

        var action = Assert.IsType<PerformAction>(bot.Decide(run));
        Assert.Equal(("doctor", "examine-patient"), (action.Role, action.Action));
    }

    [Fact]
    public void ALiveBotBusyAtTheLastEventActsAgainOnceTheClockHasPassedItsBusyTime()
    {
        var run = StartedReference();
        var bot = new LiveBot("nurse");
        void NoteAll()
        {
            while (bot.Decide(run) is NoteConcern note)
            {
                Assert.True(run.Execute(note).Accepted);
            }
        }

        NoteAll();
        var triage = Assert.IsType<PerformAction>(bot.Decide(run));
        Assert.Equal("triage-assessment", triage.Action);
        Assert.True(run.Execute(triage).Accepted);
        NoteAll();

        var free = run.State.BusyUntil("nurse");
        Assert.True(free > run.State.Now);
        Assert.Null(bot.Decide(run));

        var next = Assert.IsType<PerformAction>(bot.Decide(run, free));
        Assert.Equal("ask-companion-to-wait", next.Action);
    }
}
