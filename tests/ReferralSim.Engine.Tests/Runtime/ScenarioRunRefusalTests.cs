using ReferralSim.Engine.Runtime;
using ReferralSim.Engine.Runtime.Commands;
using ReferralSim.Engine.Runtime.Serialization;
using static ReferralSim.Engine.Tests.Runtime.RunDriver;

namespace ReferralSim.Engine.Tests.Runtime;

/// <summary>Every refused command says why, with a stable code, and changes nothing.</summary>
public sealed class ScenarioRunRefusalTests
{
    public static TheoryData<RunCommand, RejectionCode> Refused => new()
    {
        { new PerformAction(Minutes(1), "police", "start-exam"), RejectionCode.NotYourAction },
        { new PerformAction(Minutes(1), "surgeon", "start-exam"), RejectionCode.UnknownRole },
        { new PerformAction(Minutes(1), "nurse", "sing"), RejectionCode.UnknownAction },
        { new PerformAction(Minutes(1), "nurse", "separate"), RejectionCode.NotAvailableInState },
        { new NoteConcern(Minutes(1), "police", "speaks-for-her"), RejectionCode.NotSeenByRole },
        { new NoteConcern(Minutes(1), "nurse", "bruises"), RejectionCode.NotSeenByRole },
        { new NoteConcern(Minutes(1), "nurse", "nothing"), RejectionCode.UnknownIndicator },
        { new SendMessage(Minutes(1), "nurse", [], "hello"), RejectionCode.NoRecipients },
        { new SendMessage(Minutes(1), "nurse", ["doctor"], "   "), RejectionCode.EmptyMessage },
        { new SendMessage(Minutes(1), "nurse", ["doctor"], new string('x', 2001)), RejectionCode.MessageTooLong },
        { new SendMessage(Minutes(1), "nurse", ["surgeon"], "hello"), RejectionCode.UnknownRole },
        { new MakeReferral(Minutes(1), "nurse", "xx-ngo"), RejectionCode.ReferralNotAllowed },
        { new MakeReferral(Minutes(1), "doctor", "gr-ekka-nrm"), RejectionCode.UnknownService },
        { new FireInject(Minutes(1), "storm"), RejectionCode.UnknownInject },
        { new StartRun(Minutes(1)), RejectionCode.AlreadyStarted },
        { new ResumeRun(Minutes(1)), RejectionCode.NotPaused },
        { new SetSpeed(Minutes(1), 0), RejectionCode.InvalidSpeed },
        { new SetSpeed(Minutes(1), 1000), RejectionCode.InvalidSpeed },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void ARefusedCommandSaysWhyAndChangesNothing(RunCommand command, RejectionCode expected)
    {
        var run = Started();
        var before = RunEventJson.ToJsonLines(run.Events);
        var state = (run.State.CurrentState, run.State.Now, Flags: string.Join(",", run.State.Flags));

        var result = run.Execute(command);

        Assert.Equal(expected, result.Rejection?.Code);
        Assert.False(string.IsNullOrWhiteSpace(result.Rejection?.Message));
        Assert.Empty(result.Events);
        Assert.Equal(before, RunEventJson.ToJsonLines(run.Events));
        Assert.Equal(state, (run.State.CurrentState, run.State.Now, string.Join(",", run.State.Flags)));
    }

    [Fact]
    public void ACommandDatedBeforeTheRunsTimeIsRefused()
    {
        var run = Started();
        Do(run, 5, "nurse", "start-exam");

        var result = run.Execute(new PerformAction(Minutes(3), "doctor", "ask-injuries"));

        Assert.Equal(RejectionCode.TimeGoesBackwards, result.Rejection?.Code);
    }

    [Fact]
    public void ARefusedCommandLeavesTheInjectsOnTheWayToItsMomentUnfired()
    {
        var run = Started();
        var before = run.Events.Count;

        var result = run.Execute(new PerformAction(Minutes(31), "police", "start-exam"));

        Assert.False(result.Accepted);
        Assert.Equal(before, run.Events.Count);
        Assert.False(run.State.Ended);
        Assert.Equal(Minutes(0), run.State.Now);
    }

    [Fact]
    public void NothingButStartIsAcceptedBeforeTheRunStarts()
    {
        var run = new ScenarioRun(RuntimeScenario.Compile(), new RunOptions(1, "en"));

        var result = run.Execute(new PerformAction(SimTimeZero, "nurse", "start-exam"));

        Assert.Equal(RejectionCode.NotStarted, result.Rejection?.Code);
        Assert.Empty(run.Events);
    }

    [Fact]
    public void AnActionAlreadyDoneCannotBeRepeated()
    {
        var run = Started();
        Do(run, 1, "nurse", "start-exam");
        Do(run, 2, "doctor", "ask-injuries");

        Assert.Equal(RejectionCode.AlreadyDone, run.Execute(new PerformAction(Minutes(3), "doctor", "ask-injuries")).Rejection?.Code);
    }

    [Fact]
    public void AnUnmetGuardIsRefusedWithTheGuardSpelledOut()
    {
        var run = Started();

        var result = run.Execute(new PerformAction(Minutes(1), "nurse", "document"));

        Assert.Equal(RejectionCode.GuardUnmet, result.Rejection?.Code);
        Assert.Contains("consent", result.Rejection?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AConcernCanBeNotedOnceByEachRoleThatSawIt()
    {
        var run = Started();
        Accept(run, new NoteConcern(Minutes(1), "nurse", "speaks-for-her"));

        var again = run.Execute(new NoteConcern(Minutes(1), "nurse", "speaks-for-her"));

        Assert.Equal(RejectionCode.AlreadyNoted, again.Rejection?.Code);
        Assert.True(run.Execute(new NoteConcern(Minutes(1), "doctor", "speaks-for-her")).Accepted);
    }

    private static Engine.Scenarios.Model.SimTime SimTimeZero => Engine.Scenarios.Model.SimTime.Zero;
}
