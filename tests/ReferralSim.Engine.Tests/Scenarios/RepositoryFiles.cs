namespace ReferralSim.Engine.Tests.Scenarios;

/// <summary>Files of the repository the tests run in, found from the test binaries upwards.</summary>
internal static class RepositoryFiles
{
    /// <summary>The folder that holds ReferralSim.sln.</summary>
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
}
