using ReferralSim.Engine.Scenarios.Directories;
using ReferralSim.Engine.Scenarios.Model;
using ReferralSim.Engine.Scenarios.Yaml;

namespace ReferralSim.Engine.Scenarios.Schema;

/// <summary>
/// The JSON Schemas committed under scenarios/schema/, from the same shapes the binder reads, so
/// editors check a file the way the validator does. A test keeps the committed files up to date.
/// </summary>
public static class ScenarioSchemas
{
    /// <summary>The folder, relative to the repository root, that holds the committed schemas.</summary>
    public const string Folder = "scenarios/schema";

    public const string ScenarioFileName = "scenario.schema.json";

    public const string DirectoryFileName = "directory.schema.json";

    private const string BaseId = "https://referralsim.invalid/schema/";

    /// <summary>The schema of a scenario file (scenarios/*.yaml).</summary>
    public static string Scenario() =>
        JsonSchemaWriter.Write(typeof(ScenarioDefinition), BaseId + ScenarioFileName, "ReferralSim scenario");

    /// <summary>The schema of a country's referral directory (directories/*.yaml).</summary>
    public static string Directory() =>
        JsonSchemaWriter.Write(typeof(ReferralDirectory), BaseId + DirectoryFileName, "ReferralSim referral directory");
}
