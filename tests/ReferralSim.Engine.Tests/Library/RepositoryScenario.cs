using ReferralSim.Engine.Scenarios;
using ReferralSim.Engine.Scenarios.Diagnostics;
using ReferralSim.Engine.Scenarios.Directories;

namespace ReferralSim.Engine.Tests.Library;

/// <summary>A committed scenarios/&lt;id&gt;.yaml compiled against scenarios/directories, found from the test binaries upwards.</summary>
internal static class RepositoryScenario
{
    public static CompiledScenario Compile(string scenarioId)
    {
        var file = $"scenarios/{scenarioId}.yaml";
        var result = ScenarioCompiler.Compile(File.ReadAllText(PathOf(file)), file, new Directories());
        Assert.True(result.Scenario is not null, string.Join("\n", result.Diagnostics));
        return result.Scenario!;
    }

    private static string PathOf(string relativePath)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ReferralSim.sln")))
            {
                return Path.Combine([folder.FullName, .. relativePath.Split('/')]);
            }
        }

        throw new InvalidOperationException($"no ReferralSim.sln above {AppContext.BaseDirectory}");
    }

    private sealed class Directories : IReferralDirectories
    {
        public ReferralDirectory? Find(string country)
        {
            var file = $"scenarios/directories/{country.ToLowerInvariant()}.yaml";
            var path = PathOf(file);
            return File.Exists(path) ? DirectoryLoader.Load(File.ReadAllText(path), file, new DiagnosticBag()) : null;
        }
    }
}
