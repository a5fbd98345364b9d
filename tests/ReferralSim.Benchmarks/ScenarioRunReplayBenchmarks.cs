using BenchmarkDotNet.Attributes;
using ReferralSim.Benchmarks.Support;
using ReferralSim.Engine.Runtime;
using ReferralSim.Engine.Runtime.Commands;
using ReferralSim.Engine.Runtime.Events;
using ReferralSim.Engine.Scenarios;
using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Benchmarks;

/// <summary>
/// A cross-check of <see cref="ScenarioRunBenchmarks"/> by subtraction, in one run: rebuild the
/// prepared run from its log (the baseline), and rebuild it then execute the action. The
/// difference is the action's cost. Noisier than the direct measurement (two large numbers), but
/// it needs no setup per iteration. Also shows what rebuilding a run from its log costs (the
/// explorer does it for every situation; a server does it after a restart).
/// </summary>
[MemoryDiagnoser]
public class ScenarioRunReplayBenchmarks
{
    private static readonly PerformAction Transition = new(SimTime.FromMinutes(1), "doctor", "ask-companion-to-wait");
    private CompiledScenario _scenario = null!;
    private RunOptions _options = null!;
    private IReadOnlyList<RunEvent> _prepared = [];

    [GlobalSetup]
    public void Setup()
    {
        _scenario = ReferenceScenario.Compiled;
        _options = new RunOptions(7, _scenario.Definition.DefaultLanguage);
        var run = new ScenarioRun(_scenario, _options);
        ScenarioRunBenchmarks.Require(run.Execute(new StartRun(SimTime.Zero)));
        ScenarioRunBenchmarks.Require(run.Execute(new PerformAction(SimTime.Zero, "nurse", "triage-assessment")));
        _prepared = [.. run.Events];
    }

    [Benchmark(Baseline = true)]
    public ScenarioRun Replay() => ScenarioRun.Replay(_scenario, _options, _prepared);

    [Benchmark]
    public CommandResult ReplayThenPerformAction() => ScenarioRun.Replay(_scenario, _options, _prepared).Execute(Transition);
}
