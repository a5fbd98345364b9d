using ReferralSim.Engine.Scenarios;
using ReferralSim.Engine.Scenarios.Diagnostics;
using ReferralSim.Engine.Scenarios.Directories;

namespace ReferralSim.Engine.Tests.Scenarios;

/// <summary>The directories and scenarios committed in scenarios/ pass the checks this suite tests.</summary>
public sealed class CommittedScenarioTests
{
    public static TheoryData<string> DirectoryFiles => [.. Files("scenarios/directories", "*.yaml")];

    public static TheoryData<string> ScenarioFiles => [.. Files("scenarios", "*.yaml")];

    [Theory]
    [MemberData(nameof(DirectoryFiles))]
    public void CommittedDirectoryLoadsWithNoDiagnostics(string file)
    {
        var diagnostics = new DiagnosticBag();

        var directory = DirectoryLoader.Load(File.ReadAllText(RepositoryScenarios.PathOf(file)), file, diagnostics);

        Assert.True(diagnostics.Items.Count == 0, string.Join("\n", diagnostics.Sorted()));
        Assert.NotNull(directory);
    }

    [Theory]
    [MemberData(nameof(ScenarioFiles))]
    public void CommittedScenarioCompilesWithoutErrors(string file)
    {
        var result = ScenarioCompiler.Compile(File.ReadAllText(RepositoryScenarios.PathOf(file)), file, CommittedDirectories());

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    private static TestDirectories CommittedDirectories()
    {
        var directories = Files("scenarios/directories", "*.yaml")
            .Select(file => DirectoryLoader.Load(File.ReadAllText(RepositoryScenarios.PathOf(file)), file, new DiagnosticBag()))
            .OfType<ReferralDirectory>()
            .ToArray();
        return new TestDirectories(directories);
    }

    private static IEnumerable<string> Files(string folder, string pattern)
    {
        var path = RepositoryScenarios.PathOf(folder);
        return Directory.Exists(path)
            ? Directory.EnumerateFiles(path, pattern).Select(f => $"{folder}/{Path.GetFileName(f)}").Order(StringComparer.Ordinal)
            : [];
    }
}
