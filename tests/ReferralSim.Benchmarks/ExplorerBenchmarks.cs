using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using ReferralSim.Benchmarks.Support;
using ReferralSim.Engine.Bots;
using ReferralSim.Engine.Scenarios;

namespace ReferralSim.Benchmarks;

/// <summary>
/// Target 4: the explorer to depth 12 on the reference scenario, at most 10 s. Each operation takes
/// seconds, so a few iterations are enough: one warm-up, then five measured, one process.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class ExplorerBenchmarks
{
    private CompiledScenario _scenario = null!;

    [GlobalSetup]
    public void Setup()
    {
        _scenario = ReferenceScenario.Compiled;
        var result = ScenarioExplorer.Explore(_scenario, depth: 12);
        Console.WriteLine($"// depth 12: {result.SituationsVisited:N0} situations, {result.EndingsReached.Count} endings, truncated: {result.Truncated}");
    }

    [Benchmark]
    public ExplorationResult ExploreDepth12() => ScenarioExplorer.Explore(_scenario, depth: 12);
}
