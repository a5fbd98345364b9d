namespace ReferralSim.Web.Tests.TestSupport;

/// <summary>The checkout's root (the folder holding ReferralSim.sln), found from the test assembly.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "ReferralSim.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("ReferralSim.sln not found above " + AppContext.BaseDirectory);
    }
}
