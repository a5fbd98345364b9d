using ReferralSim.Engine.Scenarios;
using ReferralSim.Engine.Scenarios.Diagnostics;
using ReferralSim.Engine.Scenarios.Directories;

namespace ReferralSim.Engine.Tests.Bots;

/// <summary>The reference scenario and small purpose-built ones, compiled against the real directories.</summary>
internal static class TestScenarios
{
    private static readonly Lazy<CompiledScenario> LazyReference = new(() => Compile(File.ReadAllText(ReferencePath), "gr-ed-lover-boy.yaml"));

    public static string RepoRoot { get; } = FindRepoRoot();

    public static string ReferencePath => Path.Combine(RepoRoot, "scenarios", "gr-ed-lover-boy.yaml");

    public static CompiledScenario Reference => LazyReference.Value;

    public static CompiledScenario Compile(string text, string file)
    {
        var result = ScenarioCompiler.Compile(text, file, new FolderDirectories(Path.Combine(RepoRoot, "scenarios", "directories")));
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        return result.Scenario!;
    }

    private static string FindRepoRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ReferralSim.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("ReferralSim.sln not found above " + AppContext.BaseDirectory);
    }

    private sealed class FolderDirectories(string folder) : IReferralDirectories
    {
        public ReferralDirectory? Find(string country)
        {
            var path = Path.Combine(folder, $"{country.ToLowerInvariant()}.yaml");
            return File.Exists(path) ? DirectoryLoader.Load(File.ReadAllText(path), path, new DiagnosticBag()) : null;
        }
    }
}
