using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReferralSim.Web.Application;
using ReferralSim.Web.Application.Dispatching;
using ReferralSim.Web.Application.Facilitators;
using ReferralSim.Web.Hosting;
using ReferralSim.Web.Storage.Sql;

namespace ReferralSim.Web.Cli;

/// <summary><c>referralsim facilitator add --user NAME</c>: creates an account; the password is read from standard input.</summary>
internal static class FacilitatorCommand
{
    public static Command Create()
    {
        var user = new Option<string>("--user") { Description = "The facilitator's user name.", Required = true };
        var data = new Option<DirectoryInfo>("--data") { Description = "The data folder (default ./data)." };
        var add = new Command("add", "Create a facilitator account; type the password on standard input.") { user, data };
        add.TreatUnmatchedTokensAsErrors = false;
        add.SetAction(async (parse, cancellationToken) =>
        {
            var settings = ServerSettings.Default(parse.GetValue(data)?.FullName);
            Directory.CreateDirectory(settings.DataFolder);
            var configuration = new ConfigurationBuilder().AddEnvironmentVariables("REFERRALSIM_").AddCommandLine([.. parse.UnmatchedTokens]).Build();
            var services = new ServiceCollection().AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
            ServerHost.AddServices(services, configuration, settings);
            await using var provider = services.BuildServiceProvider();
            await provider.GetRequiredService<SqlDatabase>().InitializeAsync(cancellationToken);
            var password = (await Console.In.ReadLineAsync(cancellationToken))?.TrimEnd('\r', '\n');
            await using var scope = provider.CreateAsyncScope();
            try
            {
                var created = await scope.ServiceProvider.GetRequiredService<ISender>()
                    .Send(new AddFacilitatorCommand(parse.GetValue(user), password, OnlyIfNoneExists: false), cancellationToken);
                parse.InvocationConfiguration.Output.WriteLine($"facilitator '{created.UserName}' created");
                return 0;
            }
            catch (AppException refused)
            {
                parse.InvocationConfiguration.Error.WriteLine($"error: {refused.Message} ({refused.Code})");
                return 1;
            }
        });
        return new Command("facilitator", "Manage facilitator accounts.") { add };
    }
}
