using ReferralSim.Engine.Runtime;
using ReferralSim.Engine.Runtime.Commands;
using ReferralSim.Engine.Runtime.Events;
using ReferralSim.Engine.Runtime.Views;
using static ReferralSim.Engine.Tests.Runtime.RunDriver;

namespace ReferralSim.Engine.Tests.Runtime;

public sealed class ScenarioRunTransitionTests
{
    [Fact]
    public void StartEntersTheInitialStateAndRunsItsEntryEffects()
    {
        var run = Started();

        Assert.Equal("triage", run.State.CurrentState);
        var revealed = Assert.Single(run.Events.OfType<IndicatorRevealed>(), e => e.Indicator == "speaks-for-her");
        Assert.Equal(["nurse", "doctor"], revealed.Audience.Roles);
        Assert.Contains(run.Personas["patient"].First, revealed.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void GotoACompositeStateEndsInItsInitialSubstate()
    {
        var run = Started();

        Do(run, 1, "nurse", "start-exam");

        Assert.Equal("with-companion", run.State.CurrentState);
        Assert.True(run.State.IsInState("exam"));
        Assert.Equal(
            [("triage", "exam"), ("exam", "with-companion")],
            run.Events.OfType<StateChanged>().Skip(1).Select(e => (e.From, e.To)));
    }

    [Fact]
    public void ActionEffectsSetFlagsAndMoveBetweenSiblings()
    {
        var run = Started();
        Do(run, 1, "nurse", "start-exam");

        Do(run, 2, "doctor", "separate");

        Assert.Equal("alone", run.State.CurrentState);
        Assert.True(run.State.IsSet("separated"));
    }

    [Fact]
    public void AnActionMakesItsRoleBusyForItsCost()
    {
        var run = Started();
        Do(run, 1, "nurse", "start-exam");
        Do(run, 2, "doctor", "separate");

        var tooSoon = run.Execute(new PerformAction(Minutes(4), "doctor", "ask-injuries"));

        Assert.Equal(RejectionCode.RoleBusy, tooSoon.Rejection?.Code);
        Assert.True(run.Execute(new PerformAction(Minutes(7), "doctor", "ask-injuries")).Accepted);
    }

    [Fact]
    public void ARoleViewAtALaterMomentShowsTheRoleFreeOnceItsBusyTimeIsOver()
    {
        var run = Started();
        Do(run, 1, "nurse", "start-exam");
        Do(run, 2, "doctor", "separate");

        // The run's own now is the last event's moment; a live clock runs on between events.
        var atTheLastEvent = RoleView.For(run, "doctor");
        var later = RoleView.For(run, "doctor", Minutes(7));

        Assert.Equal(RejectionCode.RoleBusy, atTheLastEvent.Actions.Single(a => a.Id == "ask-injuries").Reason);
        Assert.Equal(run.State.BusyUntil("doctor"), atTheLastEvent.BusyUntil);
        Assert.True(later.Actions.Single(a => a.Id == "ask-injuries").Available);
        Assert.Null(later.BusyUntil);
        Assert.Equal(Minutes(7), later.Now);
    }

    [Fact]
    public void ARoleViewNeverGoesBackBeforeTheRunsOwnNow()
    {
        var run = Started();
        Do(run, 1, "nurse", "start-exam");
        Do(run, 2, "doctor", "separate");

        var earlier = RoleView.For(run, "doctor", Minutes(1));

        Assert.Equal(run.State.Now, earlier.Now);
        Assert.Equal(RejectionCode.RoleBusy, earlier.Actions.Single(a => a.Id == "ask-injuries").Reason);
    }

    [Fact]
    public void AHarmIsRecordedOnlyWhileItsGuardHolds()
    {
        var inFront = Started();
        Do(inFront, 1, "nurse", "start-exam");
        var separated = Started();
        Do(separated, 1, "nurse", "start-exam");
        Do(separated, 2, "nurse", "separate");

        Do(inFront, 3, "doctor", "ask-injuries");
        Do(separated, 3, "doctor", "ask-injuries");

        var harm = Assert.Single(inFront.Events.OfType<HarmDone>());
        Assert.Equal("interview-in-front-of-companion", harm.Code);
        Assert.Empty(separated.Events.OfType<HarmDone>());
    }

    [Fact]
    public void ATimedInjectFiresAtItsTimeWhenItsConditionHolds()
    {
        var run = Started();

        Accept(run, new AdvanceClock(Minutes(31)));

        var fired = Assert.Single(run.Events.OfType<InjectFired>());
        Assert.Equal(Minutes(30), fired.At);
        Assert.Equal(RunOutcome.Lost, run.State.Ending?.Outcome);
        Assert.Equal(Minutes(30), run.State.Ending?.At);
    }

    [Fact]
    public void ATimedInjectWhoseConditionFailsAtItsTimeNeverFiresLater()
    {
        var run = Started();
        Do(run, 1, "nurse", "start-exam");
        Do(run, 2, "nurse", "separate");

        Accept(run, new AdvanceClock(Minutes(40)));

        Assert.Equal("leaves", Assert.Single(run.Events.OfType<InjectSkipped>()).Inject);
        Assert.Empty(run.Events.OfType<InjectFired>());
        Assert.False(run.State.Ended);
    }

    [Fact]
    public void TheClockLimitEndsTheRunAsTimeUp()
    {
        var run = Started();
        Do(run, 1, "nurse", "start-exam");
        Do(run, 2, "nurse", "separate");

        Accept(run, new AdvanceClock(Minutes(90)));

        Assert.Equal(RunOutcome.TimeUp, run.State.Ending?.Outcome);
        Assert.Equal(Minutes(60), run.State.Ending?.At);
    }

    [Fact]
    public void AReferralMatchingARouteWhoseConditionHoldsMovesTheStory()
    {
        var run = Started();
        Do(run, 1, "nurse", "start-exam");
        Do(run, 2, "nurse", "separate");
        Do(run, 3, "doctor", "ask-consent");

        Accept(run, new MakeReferral(Minutes(5), "doctor", "xx-ngo"));

        Assert.True(Assert.Single(run.Events.OfType<ReferralMade>()).RouteMatched);
        Assert.Equal(RunOutcome.Referred, run.State.Ending?.Outcome);
        Assert.Equal("She is referred.", run.State.Ending?.Text);
    }

    [Fact]
    public void AReferralWithoutConsentIsRecordedButChangesNoState()
    {
        var run = Started();
        Do(run, 1, "nurse", "start-exam");

        Accept(run, new MakeReferral(Minutes(2), "doctor", "xx-ngo"));

        Assert.False(Assert.Single(run.Events.OfType<ReferralMade>()).RouteMatched);
        Assert.Equal("with-companion", run.State.CurrentState);
    }

    [Fact]
    public void AManualInjectFiresOnceAndOnlyByTheFacilitator()
    {
        var run = Started();

        Accept(run, new FireInject(Minutes(1), "interpreter-delayed"));
        var again = run.Execute(new FireInject(Minutes(2), "interpreter-delayed"));
        var timed = run.Execute(new FireInject(Minutes(2), "leaves"));

        Assert.Equal(RejectionCode.InjectAlreadyFired, again.Rejection?.Code);
        Assert.Equal(RejectionCode.InjectNotManual, timed.Rejection?.Code);
        Assert.Equal(["nurse"], run.Events.OfType<Narrated>().Last().Audience.Roles);
    }

    [Fact]
    public void PausingRefusesParticipantsButLetsTheFacilitatorFireInjects()
    {
        var run = Started();
        Accept(run, new PauseRun(Minutes(1)));

        var action = run.Execute(new PerformAction(Minutes(1), "nurse", "start-exam"));
        var inject = run.Execute(new FireInject(Minutes(1), "interpreter-delayed"));
        Accept(run, new ResumeRun(Minutes(1)));

        Assert.Equal(RejectionCode.Paused, action.Rejection?.Code);
        Assert.True(inject.Accepted);
        Assert.True(run.Execute(new PerformAction(Minutes(1), "nurse", "start-exam")).Accepted);
    }

    [Fact]
    public void TheFacilitatorCanEndTheRun()
    {
        var run = Started();

        Accept(run, new EndRun(Minutes(3)));

        Assert.Equal(RunOutcome.EndedByFacilitator, run.State.Ending?.Outcome);
        Assert.Equal(RejectionCode.Ended, run.Execute(new PerformAction(Minutes(4), "nurse", "start-exam")).Rejection?.Code);
    }
}
