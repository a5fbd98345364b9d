using ReferralSim.Engine.Runtime;
using ReferralSim.Engine.Runtime.Commands;
using ReferralSim.Engine.Runtime.Events;
using ReferralSim.Engine.Runtime.Serialization;
using static ReferralSim.Engine.Tests.Runtime.RunDriver;

namespace ReferralSim.Engine.Tests.Runtime;

public sealed class DeterminismAndReplayTests
{
    private static readonly RunCommand[] Playthrough =
    [
        new StartRun(Minutes(0)),
        new NoteConcern(Minutes(1), "nurse", "speaks-for-her"),
        new PerformAction(Minutes(2), "nurse", "start-exam"),
        new SendMessage(Minutes(3), "nurse", ["doctor"], "Σε παρακαλώ έλα — <b>now</b>"),
        new PerformAction(Minutes(4), "doctor", "separate"),
        new PerformAction(Minutes(10), "doctor", "ask-injuries"),
        new NoteConcern(Minutes(11), "doctor", "bruises"),
        new PerformAction(Minutes(12), "doctor", "ask-consent"),
        new MakeReferral(Minutes(14), "doctor", "xx-ngo"),
    ];

    private static ScenarioRun Play(int seed, IEnumerable<RunCommand> commands)
    {
        var run = new ScenarioRun(RuntimeScenario.Compile(), new RunOptions(seed, "en"));
        foreach (var command in commands)
        {
            Accept(run, command);
        }

        return run;
    }

    [Fact]
    public void TheSameSeedAndCommandsGiveByteIdenticalLogs()
    {
        var first = RunEventJson.ToJsonLines(Play(42, Playthrough).Events);
        var second = RunEventJson.ToJsonLines(Play(42, Playthrough).Events);

        Assert.Equal(first, second);
        Assert.Contains("\"type\":\"run-ended\"", first, StringComparison.Ordinal);
    }

    [Fact]
    public void AnotherSeedInventsOtherPeople()
    {
        var names = Enumerable.Range(1, 8).Select(seed => Play(seed, Playthrough.Take(1)).Personas["patient"]).ToList();

        Assert.True(names.Select(p => (p.First, p.Last, p.Age)).Distinct().Count() > 1);
    }

    [Fact]
    public void ReplayingTheLogRebuildsTheSameState()
    {
        var original = Play(7, Playthrough.Take(6));

        var replayed = ScenarioRun.Replay(original.Scenario, original.Options, original.Events);

        Assert.Equal(original.State.CurrentState, replayed.State.CurrentState);
        Assert.Equal(original.State.Now, replayed.State.Now);
        Assert.Equal(original.State.Flags.Order(), replayed.State.Flags.Order());
        Assert.Equal(original.State.BusyUntil("doctor"), replayed.State.BusyUntil("doctor"));
        Assert.True(replayed.State.HasNoted("nurse", "speaks-for-her"));
    }

    [Fact]
    public void AReplayedRunContinuesExactlyAsTheOriginalWould()
    {
        var original = Play(7, Playthrough.Take(6));
        var replayed = ScenarioRun.Replay(original.Scenario, original.Options, original.Events);

        foreach (var command in Playthrough.Skip(6))
        {
            Accept(original, command);
            Accept(replayed, command);
        }

        Assert.Equal(RunEventJson.ToJsonLines(original.Events), RunEventJson.ToJsonLines(replayed.Events));
    }

    [Fact]
    public void TheJsonLinesLogReadsBackToTheSameEvents()
    {
        var log = RunEventJson.ToJsonLines(Play(3, Playthrough).Events);

        var events = RunEventJson.FromJsonLines(log);

        Assert.Equal(log, RunEventJson.ToJsonLines(events));
        Assert.IsType<RunStarted>(events[0]);
    }

    [Fact]
    public void MessageTextIsKeptAsWrittenAndReadableInTheLog()
    {
        var log = RunEventJson.ToJsonLines(Play(3, Playthrough).Events);

        Assert.Contains("Σε παρακαλώ", log, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", log, StringComparison.Ordinal);
        Assert.Equal("Σε παρακαλώ έλα — <b>now</b>", RunEventJson.FromJsonLines(log).OfType<MessageSent>().Single().Text);
    }

    [Fact]
    public void ABrokenLogLineIsReportedWithItsNumber()
    {
        var error = Assert.Throws<FormatException>(() => RunEventJson.FromJsonLines("\n{\"type\":\"nonsense\"}\n"));

        Assert.StartsWith("line 2:", error.Message, StringComparison.Ordinal);
    }
}
