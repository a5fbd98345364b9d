using ReferralSim.Web.Cli;

// With no verb, `dotnet run --project web` starts the server.
return await CommandLineApp.RunAsync(args.Length == 0 ? ["serve"] : args);
