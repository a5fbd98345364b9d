using BenchmarkDotNet.Attributes;
using ReferralSim.Benchmarks.Support;
using ReferralSim.Engine.Runtime;
using ReferralSim.Engine.Runtime.Commands;
using ReferralSim.Engine.Runtime.Events;
using ReferralSim.Engine.Scenarios;
using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Benchmarks;

/// <summary>
/// Target 1: one command through <see cref="ScenarioRun.Execute"/> of the reference scenario, at most 10 µs.
/// <para>
/// How: an accepted command changes the run, so it cannot be repeated on the same run. Before each
/// iteration (<c>[IterationSetup]</c>, not measured) <see cref="Runs"/> independent runs are rebuilt
/// from a prepared log with <see cref="ScenarioRun.Replay"/>; the measured method executes the
/// command once on each of them, and BenchmarkDotNet divides by <see cref="Runs"/>
/// (<c>OperationsPerInvoke</c>). One invocation per iteration, so no run is used twice. The
/// prepared log: the run started at 0m, the nurse has done the triage assessment (the story is in
/// <c>examination/with-companion</c>, the nurse busy until 5m); every command is dated 1m, so the
/// clock also moves (timed injects are checked and none is due).
/// </para>
/// </summary>
[MemoryDiagnoser]
[InvocationCount(1)]
public class ScenarioRunBenchmarks
{
    /// <summary>Commands measured per iteration: enough that an iteration lasts milliseconds, far above the timer's resolution.</summary>
    public const int Runs = 2000;

    private static readonly SimTime OneMinute = SimTime.FromMinutes(1);
    private readonly ScenarioRun[] _runs = new ScenarioRun[Runs];
    private CompiledScenario _scenario = null!;
    private RunOptions _options = null!;
    private IReadOnlyList<RunEvent> _prepared = [];

    [GlobalSetup]
    public void Setup()
    {
        _scenario = ReferenceScenario.Compiled;
        _options = new RunOptions(7, _scenario.Definition.DefaultLanguage);
        var run = new ScenarioRun(_scenario, _options);
        Require(run.Execute(new StartRun(SimTime.Zero)));
        Require(run.Execute(new PerformAction(SimTime.Zero, "nurse", "triage-assessment")));
        _prepared = [.. run.Events];

        // Each measured command must be accepted on the prepared run (and the refused one refused).
        Require(Fresh().Execute(Transition));
        Require(Fresh().Execute(Effects));
        Require(Fresh().Execute(Note));
    }

    [IterationSetup]
    public void PrepareRuns()
    {
        for (var i = 0; i < Runs; i++)
        {
            _runs[i] = Fresh();
        }
    }

    /// <summary>The doctor asks the companion to wait: sets a flag, narrates, and moves the story (with-companion → alone, whose on_entry narrates).</summary>
    [Benchmark(OperationsPerInvoke = Runs)]
    public int PerformActionWithTransition() => ExecuteOnEach(Transition);

    /// <summary>The doctor examines her: reveals two indicators and narrates; the story stays where it is.</summary>
    [Benchmark(OperationsPerInvoke = Runs)]
    public int PerformActionWithEffects() => ExecuteOnEach(Effects);

    /// <summary>The nurse notes a concern about an indicator she has seen.</summary>
    [Benchmark(OperationsPerInvoke = Runs)]
    public int NoteConcern() => ExecuteOnEach(Note);

    private static PerformAction Transition { get; } = new(OneMinute, "doctor", "ask-companion-to-wait");

    private static PerformAction Effects { get; } = new(OneMinute, "doctor", "examine-patient");

    private static NoteConcern Note { get; } = new(OneMinute, "nurse", "companion-speaks-for-her");

    private int ExecuteOnEach(RunCommand command)
    {
        var events = 0;
        foreach (var run in _runs)
        {
            events += run.Execute(command).Events.Count;
        }

        return events;
    }

    private ScenarioRun Fresh() => ScenarioRun.Replay(_scenario, _options, _prepared);

    internal static void Require(CommandResult result)
    {
        if (!result.Accepted)
        {
            throw new InvalidOperationException($"refused: {result.Rejection}");
        }
    }
}
