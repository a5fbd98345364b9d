using ReferralSim.Engine.Runtime;
using ReferralSim.Engine.Runtime.Events;
using ReferralSim.Engine.Runtime.Serialization;

namespace ReferralSim.Web.Tests.Cli;

public sealed class PlayCommandTests
{
    private const string Script = """
        - { at: 0m, facilitator: start }
        - { at: 1m, role: nurse, do: triage-assessment }
        - { at: 3m, role: nurse, note: companion-speaks-for-her }
        - { at: 6m, role: doctor, message: { to: [nurse], text: "Can you get him out of the cubicle?" } }
        - { at: 7m, role: nurse, do: ask-companion-to-wait }
        - { at: 40m, tick: true }
        """;

    [Theory]
    [InlineData("random", "jsonl")]
    [InlineData("random", "text")]
    [InlineData("expert", "text")]
    public async Task PlayingTwiceWithTheSameSeedPrintsTheSameOutput(string bots, string format)
    {
        var first = await Cli.Run("play", Cli.ReferenceScenario, "--bots", bots, "--seed", "5", "--format", format);
        var second = await Cli.Run("play", Cli.ReferenceScenario, "--bots", bots, "--seed", "5", "--format", format);

        Assert.Equal(0, first.ExitCode);
        Assert.NotEmpty(first.Output);
        Assert.Equal(first.Output, second.Output);
    }

    [Fact]
    public async Task ExpertPlayInJsonLinesIsAnEventLogEndingInTheReferral()
    {
        var (exitCode, output, _) = await Cli.Run("play", Cli.ReferenceScenario, "--bots", "expert", "--seed", "2", "--format", "jsonl");

        var events = RunEventJson.FromJsonLines(output);
        Assert.Equal(0, exitCode);
        Assert.Equal(RunEventJson.ToJsonLines(events), output);
        Assert.IsType<RunStarted>(events[0]);
        Assert.Equal(RunOutcome.Referred, Assert.IsType<RunEnded>(events[^1]).Outcome);
    }

    [Fact]
    public async Task TextFormatPrintsOneReadableLinePerEvent()
    {
        var (_, output, _) = await Cli.Run("play", Cli.ReferenceScenario, "--bots", "expert", "--format", "text");

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("[0m] run started: gr-ed-lover-boy v1, seed 1, language en", lines[0], StringComparison.Ordinal);
        Assert.Contains("[0m] nurse took triage-assessment (busy until 5m)", lines);
        Assert.Contains(lines, l => l.StartsWith("[0m] narrated to nurse, doctor: ", StringComparison.Ordinal));
        Assert.StartsWith("run ended: referred in referred", lines[^1][(lines[^1].IndexOf(']', StringComparison.Ordinal) + 2)..], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScriptPlaysItsStepsAtTheirTimes()
    {
        var script = Cli.WriteTemp("script.yaml", Script);

        var (exitCode, output, error) = await Cli.Run("play", Cli.ReferenceScenario, "--script", script, "--format", "jsonl");

        Assert.Equal(0, exitCode);
        Assert.Empty(error);
        var events = RunEventJson.FromJsonLines(output);
        var triage = Assert.Single(events.OfType<ActionPerformed>(), e => e.Action == "triage-assessment");
        Assert.Equal(("nurse", 60, 6 * 60), (triage.Role, triage.At.Seconds, triage.BusyUntil.Seconds));
        Assert.Equal(3 * 60, Assert.Single(events.OfType<ConcernNoted>()).At.Seconds);
        var message = Assert.Single(events.OfType<MessageSent>());
        Assert.Equal(("doctor", 6 * 60), (message.From, message.At.Seconds));
        var separated = Assert.Single(events.OfType<StateChanged>(), e => e.To == "alone");
        Assert.Equal(7 * 60, separated.At.Seconds);
        // Separated in time, so the companion's 35m ultimatum does not happen; the tick carried the clock past it.
        Assert.Equal(35 * 60, Assert.Single(events.OfType<InjectSkipped>(), e => e.Inject == "companion-insists-on-leaving").At.Seconds);
        Assert.DoesNotContain(events, e => e is RunEnded);
    }

    [Fact]
    public async Task ScriptWithoutAStartStepStartsAtZero()
    {
        var script = Cli.WriteTemp("script.yaml", "- { at: 2m, role: nurse, do: triage-assessment }\n");

        var (exitCode, output, _) = await Cli.Run("play", Cli.ReferenceScenario, "--script", script, "--format", "jsonl");

        var events = RunEventJson.FromJsonLines(output);
        Assert.Equal(0, exitCode);
        Assert.Equal(0, Assert.IsType<RunStarted>(events[0]).At.Seconds);
        Assert.Contains(events, e => e is ActionPerformed { Action: "triage-assessment" });
    }

    [Fact]
    public async Task ScriptNamingAnUnknownActionFailsWithItsLineAndASuggestion()
    {
        var script = Cli.WriteTemp("script.yaml", "- { at: 0m, facilitator: start }\n- { at: 1m, role: nurse, do: triage-asessment }\n");

        var (exitCode, output, error) = await Cli.Run("play", Cli.ReferenceScenario, "--script", script);

        Assert.Equal(1, exitCode);
        Assert.Empty(output);
        Assert.Matches(@"script\.yaml:2:\d+: error RS0104: there is no action 'triage-asessment'.*did you mean 'triage-assessment'", error);
    }

    [Fact]
    public async Task ScriptCommandTheRunRefusesStopsThereWithTheStepsLine()
    {
        var script = Cli.WriteTemp("script.yaml", """
            - { at: 0m, facilitator: start }
            - { at: 1m, role: police, do: triage-assessment }
            - { at: 2m, role: nurse, do: triage-assessment }
            """);

        var (exitCode, output, error) = await Cli.Run("play", Cli.ReferenceScenario, "--script", script, "--format", "jsonl");

        Assert.Equal(1, exitCode);
        Assert.Matches(@"script\.yaml:2:3: error: refused \(not-your-action\): 'triage-assessment' is for nurse, not police", error);
        Assert.DoesNotContain(RunEventJson.FromJsonLines(output), e => e is ActionPerformed);
    }

    [Fact]
    public async Task ScriptStepDoingTwoThingsIsRefusedBeforeTheRun()
    {
        var script = Cli.WriteTemp("script.yaml", "- { at: 1m, role: nurse, do: triage-assessment, note: late-at-night }\n");

        var (exitCode, _, error) = await Cli.Run("play", Cli.ReferenceScenario, "--script", script);

        Assert.Equal(1, exitCode);
        Assert.Contains("script.yaml:1:3: error RS0010: a step does one thing; this one has do and note", error, StringComparison.Ordinal);
    }
}
