namespace ReferralSim.Web.Hosting;

/// <summary>Where the server reads scenarios and writes its data (the only place it writes), and where it listens.</summary>
public sealed record ServerSettings(string DataFolder, string ScenariosFolder, string Urls)
{
    public const string DefaultUrls = "http://127.0.0.1:5000";

    public static ServerSettings Default(string? dataFolder = null, string? scenariosFolder = null, string? urls = null) => new(
        Path.GetFullPath(dataFolder ?? "data"),
        Path.GetFullPath(scenariosFolder ?? "scenarios"),
        urls ?? DefaultUrls);
}
