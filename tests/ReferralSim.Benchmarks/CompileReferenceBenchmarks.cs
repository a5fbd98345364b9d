using BenchmarkDotNet.Attributes;
using ReferralSim.Benchmarks.Support;
using ReferralSim.Engine.Scenarios;
using ReferralSim.Engine.Scenarios.Diagnostics;
using ReferralSim.Engine.Scenarios.Model;
using ReferralSim.Engine.Scenarios.Yaml;

namespace ReferralSim.Benchmarks;

/// <summary>
/// Target 2: load and validate the reference scenario: <see cref="ScenarioCompiler.Compile"/> from
/// its text, with the Greek directory already in memory. <see cref="LoadOnly"/> (YAML → bound
/// model, no validation) in the same run shows how the time splits.
/// </summary>
[MemoryDiagnoser]
public class CompileReferenceBenchmarks
{
    private string _text = "";

    [GlobalSetup]
    public void Setup()
    {
        _text = ReferenceScenario.Text;
        var result = ScenarioCompiler.Compile(_text, ReferenceScenario.File, InMemoryDirectories.Greece);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors));
        }
    }

    [Benchmark(Baseline = true)]
    public CompilationResult Compile() => ScenarioCompiler.Compile(_text, ReferenceScenario.File, InMemoryDirectories.Greece);

    [Benchmark]
    public ScenarioDefinition? LoadOnly() =>
        YamlDocumentLoader.Load<ScenarioDefinition>(_text, ReferenceScenario.File, new DiagnosticBag(), new SourceMap(ReferenceScenario.File));
}
