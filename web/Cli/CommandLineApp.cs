using System.CommandLine;

namespace ReferralSim.Web.Cli;

/// <summary>The `referralsim` verbs. Each verb lives in its own file and is registered here.</summary>
public static class CommandLineApp
{
    public static RootCommand BuildRoot() => new("ReferralSim: multi-agency anti-trafficking referral exercises.")
    {
        ServeCommand.Create(),
        FacilitatorCommand.Create(),
        ValidateCommand.Create(),
        PlayCommand.Create(),
        GraphCommand.Create(),
        DebriefCommand.Create(),
        CompareCommand.Create(),
    };

    /// <summary>Runs a verb; tests pass writers to capture what it prints.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        var configuration = new InvocationConfiguration();
        if (output is not null)
        {
            configuration.Output = output;
        }

        if (error is not null)
        {
            configuration.Error = error;
        }

        return BuildRoot().Parse(args).InvokeAsync(configuration);
    }
}
