using ReferralSim.Engine.Scenarios;
using ReferralSim.Engine.Scenarios.Diagnostics;
using ReferralSim.Engine.Scenarios.Directories;

namespace ReferralSim.Engine.Tests.Library;

/// <summary>The committed scenario library: the repository's scenarios/*.yaml, compiled against scenarios/directories.</summary>
internal static class ScenarioLibraryFiles
{
    /// <summary>The folder that holds ReferralSim.sln, found from the test binaries upwards.</summary>
    public static string Root()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ReferralSim.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"no ReferralSim.sln above {AppContext.BaseDirectory}");
    }

    /// <summary>The full path of <paramref name="relativePath"/> (with '/' separators) inside the repository.</summary>
    public static string PathOf(string relativePath) => Path.Combine([Root(), .. relativePath.Split('/')]);

    /// <summary>Every scenarios/*.yaml, as repository-relative paths in a fixed order.</summary>
    public static IEnumerable<string> Scenarios() =>
        Directory.EnumerateFiles(PathOf("scenarios"), "*.yaml")
            .Select(f => $"scenarios/{Path.GetFileName(f)}")
            .Order(StringComparer.Ordinal);

    /// <summary>Compiles a library scenario with its country's directory; the result keeps every diagnostic.</summary>
    public static CompilationResult Compile(string file) =>
        ScenarioCompiler.Compile(File.ReadAllText(PathOf(file)), file, new Directories());

    /// <summary>Compiles a library scenario that must compile; fails the test with its diagnostics otherwise.</summary>
    public static CompiledScenario CompileOrFail(string file)
    {
        var result = Compile(file);
        Assert.True(result.Scenario is not null, string.Join("\n", result.Diagnostics));
        return result.Scenario!;
    }

    /// <summary>scenarios/directories/&lt;country&gt;.yaml, loaded with <see cref="DirectoryLoader"/>.</summary>
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
