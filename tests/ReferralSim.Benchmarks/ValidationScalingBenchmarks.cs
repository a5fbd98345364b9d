using BenchmarkDotNet.Attributes;
using ReferralSim.Benchmarks.Support;
using ReferralSim.Engine.Scenarios;
using ReferralSim.Engine.Scenarios.Diagnostics;
using ReferralSim.Engine.Scenarios.Model;
using ReferralSim.Engine.Scenarios.Validation;
using ReferralSim.Engine.Scenarios.Yaml;

namespace ReferralSim.Benchmarks;

/// <summary>
/// Target 3: validation of generated scenarios (<see cref="ScenarioGenerator"/>) of 100, 1,000 and
/// 10,000 states must grow about linearly; 1,000 states at most 200 ms.
/// <see cref="Validate"/> runs the rules alone on a model loaded in setup;
/// <see cref="Compile"/> is the whole text → compiled scenario (YAML included), as the
/// <c>validate</c> verb and an upload do. The YAML limits are raised above the upload default of
/// 1 MiB, which the 10,000-state text exceeds.
/// </summary>
[MemoryDiagnoser]
public class ValidationScalingBenchmarks
{
    private static readonly YamlLimits Large = new() { MaxBytes = 64 * 1024 * 1024, MaxExpandedNodes = 50_000_000 };
    private string _text = "";
    private string _file = "";
    private ScenarioDefinition _definition = null!;
    private SourceMap _map = null!;

    [Params(100, 1_000, 10_000)]
    public int States { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = ScenarioGenerator.Generate(States);
        _file = $"generated-{States}.yaml";
        var compiled = ReferenceScenario.Compile(_text, _file, Large);
        var diagnostics = new DiagnosticBag();
        _map = new SourceMap(_file);
        _definition = YamlDocumentLoader.Load<ScenarioDefinition>(_text, _file, diagnostics, _map, Large)!;
        Console.WriteLine($"// generated {States} states: {_text.Length:N0} characters, {compiled.Definition.States.Count} states, "
            + $"{compiled.Definition.Actions.Count} actions, {compiled.Definition.Indicators.Count} indicators, "
            + $"{compiled.Definition.Flags.Count} flags, {compiled.Definition.Injects.Count} injects");
        if (compiled.Definition.States.Count != States)
        {
            throw new InvalidOperationException($"generated {compiled.Definition.States.Count} states, not {States}");
        }
    }

    [Benchmark]
    public int Validate()
    {
        var diagnostics = new DiagnosticBag();
        ScenarioValidator.Validate(_definition, _map, InMemoryDirectories.Greece.Find("GR"), diagnostics);
        return diagnostics.Items.Count;
    }

    [Benchmark]
    public CompilationResult Compile() => ScenarioCompiler.Compile(_text, _file, InMemoryDirectories.Greece, Large);
}
