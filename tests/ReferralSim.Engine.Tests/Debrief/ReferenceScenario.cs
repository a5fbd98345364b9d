using ReferralSim.Engine.Scenarios;
using ReferralSim.Engine.Scenarios.Diagnostics;
using ReferralSim.Engine.Scenarios.Directories;

namespace ReferralSim.Engine.Tests.Debrief;

/// <summary>The reference scenario (scenarios/gr-ed-lover-boy.yaml) and its Greek directory, compiled once.</summary>
internal static class ReferenceScenario
{
    private static readonly Lazy<CompiledScenario> Compiled = new(Compile);

    public static CompiledScenario Scenario => Compiled.Value;

    public static string RepositoryRoot
    {
        get
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "ReferralSim.sln")))
                {
                    return folder.FullName;
                }
            }

            throw new InvalidOperationException("ReferralSim.sln not found above the test binaries");
        }
    }

    public static string ScenarioPath => Path.Combine(RepositoryRoot, "scenarios", "gr-ed-lover-boy.yaml");

    public static CompilationResult CompileText(string text) => ScenarioCompiler.Compile(text, "gr-ed-lover-boy.yaml", new GreekDirectory());

    private static CompiledScenario Compile()
    {
        var result = CompileText(File.ReadAllText(ScenarioPath));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Scenario!;
    }

    private sealed class GreekDirectory : IReferralDirectories
    {
        public ReferralDirectory? Find(string country)
        {
            var path = Path.Combine(RepositoryRoot, "scenarios", "directories", $"{country.ToLowerInvariant()}.yaml");
            if (!File.Exists(path))
            {
                return null;
            }

            var diagnostics = new DiagnosticBag();
            var directory = DirectoryLoader.Load(File.ReadAllText(path), path, diagnostics);
            Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
            return directory;
        }
    }
}
