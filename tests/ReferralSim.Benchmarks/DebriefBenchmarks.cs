using BenchmarkDotNet.Attributes;
using ReferralSim.Benchmarks.Support;
using ReferralSim.Engine.Debrief;
using ReferralSim.Engine.Runtime.Events;
using ReferralSim.Engine.Scenarios;

namespace ReferralSim.Benchmarks;

/// <summary>
/// Target 5: the debrief of a 10,000-event log, at most 20 ms. The log is a real finished run of
/// the reference scenario (<see cref="LongRun"/>): the expert's actions, notes and referral with
/// team messages between them, ending referred; the expert's own log (no messages) beside it.
/// </summary>
[MemoryDiagnoser]
public class DebriefBenchmarks
{
    private CompiledScenario _scenario = null!;
    private IReadOnlyList<RunEvent> _events = [];

    [Params(10_000)]
    public int LogEvents { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _scenario = ReferenceScenario.Compiled;
        var run = LongRun.Finished(_scenario, LogEvents);
        _events = [.. run.Events];
        var report = Debriefer.Debrief(_scenario, _events);
        Console.WriteLine($"// log: {_events.Count:N0} events, {_events.OfType<MessageSent>().Count():N0} messages, outcome {report.Outcome}, score {report.Score}");
        if (_events.Count != LogEvents)
        {
            throw new InvalidOperationException($"the log has {_events.Count} events, not {LogEvents}");
        }
    }

    [Benchmark]
    public DebriefReport Debrief() => Debriefer.Debrief(_scenario, _events);
}
