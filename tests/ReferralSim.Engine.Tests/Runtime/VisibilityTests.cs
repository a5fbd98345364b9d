using ReferralSim.Engine.Runtime;
using ReferralSim.Engine.Runtime.Commands;
using ReferralSim.Engine.Runtime.Events;
using ReferralSim.Engine.Runtime.Views;
using static ReferralSim.Engine.Tests.Runtime.RunDriver;

namespace ReferralSim.Engine.Tests.Runtime;

public sealed class VisibilityTests
{
    private static readonly string[] Roles = ["nurse", "doctor", "police"];

    private static ScenarioRun PlayedRun()
    {
        var run = Started();
        Do(run, 1, "nurse", "start-exam");
        Accept(run, new SendMessage(Minutes(2), "nurse", ["doctor"], "Please come."));
        Do(run, 3, "doctor", "ask-injuries");
        Accept(run, new NoteConcern(Minutes(4), "doctor", "bruises"));
        return run;
    }

    [Fact]
    public void ADoctorOnlyObservationNeverReachesTheNurseOrPolice()
    {
        var run = PlayedRun();

        var nurse = RoleView.For(run, "nurse");
        var police = RoleView.For(run, "police");
        var doctor = RoleView.For(run, "doctor");

        Assert.DoesNotContain(nurse.Feed.Select(f => f.Event).OfType<IndicatorRevealed>(), e => e.Indicator == "bruises");
        Assert.DoesNotContain(police.Feed.Select(f => f.Event).OfType<IndicatorRevealed>(), e => e.Indicator == "bruises");
        Assert.DoesNotContain(nurse.Observations, o => o.Id == "bruises");
        Assert.Contains(doctor.Observations, o => o.Id == "bruises" && o.Noted);
    }

    [Fact]
    public void EveryEventInARoleViewIsAddressedToThatRole()
    {
        var run = PlayedRun();

        foreach (var role in Roles)
        {
            Assert.All(RoleView.For(run, role).Feed, f => Assert.True(f.Event.Audience.Includes(role), $"{f.Event} reached {role}"));
        }
    }

    [Fact]
    public void AFeedEventCarriesItsPositionAmongTheRunsEvents()
    {
        var run = PlayedRun();

        foreach (var role in Roles)
        {
            var feed = RoleView.For(run, role).Feed;
            Assert.NotEmpty(feed);
            Assert.All(feed, f => Assert.Same(run.Events[(int)f.Position - 1], f.Event));
            Assert.Equal(feed.Select(f => f.Position).Order(), feed.Select(f => f.Position));
        }
    }

    [Fact]
    public void AFeedReadEarlierStaysAsItWasAndALaterReadHasEverythingSince()
    {
        var run = Started();
        var early = run.FeedOf("doctor");
        var earlyPositions = early.Select(f => f.Position).ToList();

        Do(run, 1, "nurse", "start-exam");
        Accept(run, new SendMessage(Minutes(2), "nurse", ["doctor"], "Please come."));
        Assert.False(run.Execute(new PerformAction(Minutes(31), "nurse", "document")).Accepted);
        Do(run, 3, "doctor", "ask-injuries");
        var later = run.FeedOf("doctor");

        Assert.Equal(earlyPositions, early.Select(f => f.Position));
        var expected = run.Events.Select((e, i) => (Event: e, Position: i + 1L)).Where(x => x.Event.Audience.Includes("doctor")).ToList();
        Assert.Equal(expected.Select(x => x.Position), later.Select(f => f.Position));
        Assert.All(later, f => Assert.Same(run.Events[(int)f.Position - 1], f.Event));
        Assert.Contains(later, f => f.Event is MessageSent { Text: "Please come." });
    }

    [Fact]
    public void HarmsFlagsAndStateChangesAreForTheFacilitatorOnly()
    {
        var run = PlayedRun();

        var participantFeeds = Roles.SelectMany(r => RoleView.For(run, r).Feed.Select(f => f.Event)).ToList();

        Assert.Contains(run.Events, e => e is HarmDone);
        Assert.DoesNotContain(participantFeeds, e => e is HarmDone or FlagSet or StateChanged or InjectFired);
        Assert.All(run.Events, e => Assert.True(EventVisibility.IsVisibleTo(e, role: null)));
    }

    [Fact]
    public void AMessageReachesOnlyItsSenderAndRecipients()
    {
        var run = PlayedRun();

        Assert.Contains(RoleView.For(run, "doctor").Feed, f => f.Event is MessageSent);
        Assert.Contains(RoleView.For(run, "nurse").Feed, f => f.Event is MessageSent);
        Assert.DoesNotContain(RoleView.For(run, "police").Feed, f => f.Event is MessageSent);
    }

    [Fact]
    public void UnavailableActionsCarryTheReasonTheRoleIsShown()
    {
        var run = PlayedRun();

        var doctor = RoleView.For(run, "doctor");

        var consent = Assert.Single(doctor.Actions, a => a.Id == "ask-consent");
        Assert.False(consent.Available);
        Assert.Equal(RejectionCode.NotAvailableInState, consent.Reason);
        Assert.Contains(doctor.Actions, a => a.Id == "separate" && a.Available);
        Assert.DoesNotContain(doctor.Actions, a => a.Id == "start-exam");
    }

    [Fact]
    public void TheClockShowsTheScenarioTimeOfDay()
    {
        var run = PlayedRun();

        Assert.Equal("10:04", RoleView.For(run, "nurse").Clock);
    }
}
