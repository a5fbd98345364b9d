using ReferralSim.Engine.Scenarios.Diagnostics;
using ReferralSim.Engine.Scenarios.Directories;
using ReferralSim.Engine.Scenarios.Model;
using ReferralSim.Engine.Scenarios.Validation;
using ReferralSim.Engine.Scenarios.Yaml;

namespace ReferralSim.Engine.Scenarios;

/// <summary>Scenario text → a validated, runnable scenario, or every problem with its place.</summary>
public static class ScenarioCompiler
{
    public static CompilationResult Compile(string text, string file, IReferralDirectories directories, YamlLimits? limits = null)
    {
        var diagnostics = new DiagnosticBag();
        var map = new SourceMap(file);
        var definition = YamlDocumentLoader.Load<ScenarioDefinition>(text, file, diagnostics, map, limits);
        if (definition is null)
        {
            return new CompilationResult(null, diagnostics.Sorted());
        }

        var directory = string.IsNullOrEmpty(definition.Country) ? null : directories.Find(definition.Country);
        if (directory is null && !string.IsNullOrEmpty(definition.Country))
        {
            diagnostics.Add(DiagnosticCodes.UnknownDirectory, map.Of(definition, "country"),
                $"there is no referral directory for country '{definition.Country}' (expected directories/{definition.Country.ToLowerInvariant()}.yaml beside the scenario file)");
        }

        ScenarioValidator.Validate(definition, map, directory, diagnostics);
        var scenario = diagnostics.HasErrors || directory is null ? null : new CompiledScenario(definition, directory, file);
        return new CompilationResult(scenario, diagnostics.Sorted());
    }
}
