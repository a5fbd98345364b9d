using ReferralSim.Web.Tests.TestSupport;
using ReferralSim.Web.Cli;

namespace ReferralSim.Web.Tests.Cli;

/// <summary>Runs verbs in-process, and finds the repository's files.</summary>
internal static class Cli
{
    public static string RepoRoot => RepositoryRoot.Path;

    public static string ReferenceScenario => Path.Combine(RepoRoot, "scenarios", "gr-ed-lover-boy.yaml");

    public static async Task<(int ExitCode, string Output, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CommandLineApp.RunAsync(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    /// <summary>A fresh folder with the real referral directories beside it, as scenarios expect.</summary>
    public static string TempScenarioFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "referralsim-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "directories"));
        File.Copy(Path.Combine(RepoRoot, "scenarios", "directories", "gr.yaml"), Path.Combine(folder, "directories", "gr.yaml"));
        return folder;
    }

    public static string WriteTemp(string name, string text)
    {
        var path = Path.Combine(TempScenarioFolder(), name);
        File.WriteAllText(path, text);
        return path;
    }
}
