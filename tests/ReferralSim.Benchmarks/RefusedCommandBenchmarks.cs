using BenchmarkDotNet.Attributes;
using ReferralSim.Benchmarks.Support;
using ReferralSim.Engine.Runtime;
using ReferralSim.Engine.Runtime.Commands;
using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Benchmarks;

/// <summary>
/// Target 1 (refusals): a refused command leaves the run exactly as it was, so it can be executed
/// again and again on one run: an ordinary benchmark, no setup per iteration. Measured on a run in
/// progress of the reference scenario (the expert's first four commands) whose log holds
/// <see cref="LogEvents"/> events (team messages make up the length), because a refusal found
/// after the clock has moved rolls the run back by folding its log again.
/// </summary>
[MemoryDiagnoser]
public class RefusedCommandBenchmarks
{
    private ScenarioRun _run = null!;
    private PerformAction _notYours = null!;
    private ResumeRun _notPaused = null!;

    /// <summary>Events in the run's log before the refused command: a fresh run, and a long session.</summary>
    [Params(50, 10_000)]
    public int LogEvents { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _run = LongRun.InProgress(ReferenceScenario.Compiled, steps: 4, events: LogEvents);
        var at = _run.State.Now + SimTime.FromMinutes(1);
        _notYours = new PerformAction(at, "police", "examine-patient");
        _notPaused = new ResumeRun(at);
        var count = _run.Events.Count;
        if (_run.Execute(_notYours).Accepted || _run.Execute(_notPaused).Accepted || _run.Events.Count != count)
        {
            throw new InvalidOperationException("the refused commands were accepted");
        }
    }

    /// <summary>The police officer tries the doctor's examination: refused by the action rules, after the clock has moved to the command's moment.</summary>
    [Benchmark]
    public CommandResult RefusedAction() => _run.Execute(_notYours);

    /// <summary>Resume when the run is not paused: refused by the checks made before anything changes.</summary>
    [Benchmark]
    public CommandResult RefusedAtPrecheck() => _run.Execute(_notPaused);
}
