using System.CommandLine;

namespace ReferralSim.Web.Cli;

/// <summary>The `referralsim` verbs. Each verb lives in its own file and registers itself here.</summary>
public static class CommandLineApp
{
    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("ReferralSim: multi-agency anti-trafficking referral exercises.")
        {
            ValidateCommand.Create(),
        };
        return await root.Parse(args).InvokeAsync();
    }
}
