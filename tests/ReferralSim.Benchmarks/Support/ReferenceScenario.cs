using ReferralSim.Engine.Scenarios;

namespace ReferralSim.Benchmarks.Support;

/// <summary>The reference scenario, scenarios/gr-ed-lover-boy.yaml, as text and compiled.</summary>
internal static class ReferenceScenario
{
    public const string File = "gr-ed-lover-boy.yaml";

    private static readonly Lazy<string> LazyText = new(() => Repository.ReadText($"scenarios/{File}"));
    private static readonly Lazy<CompiledScenario> LazyCompiled = new(() => Compile(Text));

    public static string Text => LazyText.Value;

    public static CompiledScenario Compiled => LazyCompiled.Value;

    /// <summary>Compiles scenario text against the in-memory Greek directory; throws on any error.</summary>
    public static CompiledScenario Compile(string text, string file = File, Engine.Scenarios.Yaml.YamlLimits? limits = null)
    {
        var result = ScenarioCompiler.Compile(text, file, InMemoryDirectories.Greece, limits);
        return result.Scenario
            ?? throw new InvalidOperationException($"{file} does not compile: {string.Join("; ", result.Errors.Take(10))}");
    }
}
