namespace ReferralSim.Benchmarks.Support;

/// <summary>Files of the repository, found by walking up to ReferralSim.sln (from the binaries, then the working folder).</summary>
internal static class Repository
{
    private static readonly Lazy<string> RootFolder = new(FindRoot);

    public static string Root => RootFolder.Value;

    /// <summary>The text of <paramref name="relativePath"/> (with '/' separators) inside the repository.</summary>
    public static string ReadText(string relativePath) => File.ReadAllText(Path.Combine([Root, .. relativePath.Split('/')]));

    private static string FindRoot()
    {
        // BenchmarkDotNet runs each benchmark in a generated project under bin/, still inside the repository.
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "ReferralSim.sln")))
                {
                    return folder.FullName;
                }
            }
        }

        throw new InvalidOperationException($"no ReferralSim.sln above {AppContext.BaseDirectory} or {Environment.CurrentDirectory}");
    }
}
