using ReferralSim.Engine.Scenarios;
using ReferralSim.Engine.Scenarios.Diagnostics;
using ReferralSim.Engine.Scenarios.Directories;

namespace ReferralSim.Engine.Tests.TestSupport;

/// <summary>
/// The repository the tests run in (found from the test binaries upwards), its scenarios and their
/// referral directories: the one place tests compile committed scenarios from.
/// </summary>
internal static class RepositoryScenarios
{
    public const string ReferencePath = "scenarios/gr-ed-lover-boy.yaml";

    private static readonly Lazy<CompiledScenario> LazyReference = new(() => CompileOrFail(ReferencePath));

    /// <summary>The folder that holds ReferralSim.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The reference scenario, compiled once.</summary>
    public static CompiledScenario Reference => LazyReference.Value;

    /// <summary>The real directories in scenarios/directories; a directory with errors fails the test.</summary>
    public static IReferralDirectories Directories { get; } = new FolderDirectories();

    /// <summary>The full path of <paramref name="relativePath"/> (with '/' separators) inside the repository.</summary>
    public static string PathOf(string relativePath) => Path.Combine([Root, .. relativePath.Split('/')]);

    /// <summary>Every scenarios/*.yaml, as repository-relative paths in a fixed order.</summary>
    public static IEnumerable<string> Scenarios() =>
        Directory.EnumerateFiles(PathOf("scenarios"), "*.yaml").Select(f => $"scenarios/{Path.GetFileName(f)}").Order(StringComparer.Ordinal);

    /// <summary>Compiles a committed scenario; the result keeps every diagnostic.</summary>
    public static CompilationResult Compile(string relativeFile) => CompileText(File.ReadAllText(PathOf(relativeFile)), relativeFile);

    public static CompilationResult CompileText(string text, string file) => ScenarioCompiler.Compile(text, file, Directories);

    /// <summary>Compiles a committed scenario that must compile; fails the test with its diagnostics otherwise.</summary>
    public static CompiledScenario CompileOrFail(string relativeFile) => Succeeded(Compile(relativeFile));

    public static CompiledScenario CompileTextOrFail(string text, string file) => Succeeded(CompileText(text, file));

    private static CompiledScenario Succeeded(CompilationResult result)
    {
        Assert.True(result.Scenario is not null, string.Join("\n", result.Diagnostics));
        return result.Scenario!;
    }

    private static string FindRoot()
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

    private sealed class FolderDirectories : IReferralDirectories
    {
        public ReferralDirectory? Find(string country)
        {
            var file = $"scenarios/directories/{country.ToLowerInvariant()}.yaml";
            if (!File.Exists(PathOf(file)))
            {
                return null;
            }

            var diagnostics = new DiagnosticBag();
            var directory = DirectoryLoader.Load(File.ReadAllText(PathOf(file)), file, diagnostics);
            Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
            return directory;
        }
    }
}
