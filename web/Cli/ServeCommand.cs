using System.CommandLine;
using ReferralSim.Web.Hosting;

namespace ReferralSim.Web.Cli;

/// <summary><c>referralsim serve</c>: the server. Other settings (e.g. <c>--Storage:Provider=postgres</c>) pass to ASP.NET Core configuration.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls") { Description = $"Where to listen (default {ServerSettings.DefaultUrls})." };
        var data = new Option<DirectoryInfo>("--data") { Description = "The data folder: the database and keys (default ./data)." };
        var scenarios = new Option<DirectoryInfo>("--scenarios") { Description = "The scenario library folder (default ./scenarios)." };
        var command = new Command("serve", "Run the ReferralSim server.") { urls, data, scenarios };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, cancellationToken) =>
        {
            var settings = ServerSettings.Default(parse.GetValue(data)?.FullName, parse.GetValue(scenarios)?.FullName, parse.GetValue(urls));
            var app = ServerHost.Build(settings, [.. parse.UnmatchedTokens]);
            await app.RunAsync(cancellationToken);
            return 0;
        });
        return command;
    }
}
