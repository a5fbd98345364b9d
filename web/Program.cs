using ReferralSim.Web.Cli;

return await CommandLineApp.RunAsync(args);
