using System.Text.Json;

namespace ReferralSim.Web.Tests.Cli;

public sealed class ValidateCommandTests
{
    private const string StuckScenario = """
        id: stuck-for-bots
        version: 1
        country: GR
        title: { en: "Broken on purpose" }
        clock: { limit: 30m }
        roles:
          - id: nurse
            name: { en: Nurse }
            briefing: { en: "You are the nurse." }
        indicators:
          - id: hidden
            source: H-03
            strength: strong
            seen_by: [nurse]
            text: { en: "Only a rescue shows this." }
        flags: [magic]
        states:
          - id: start
            initial: true
          - id: rescued
            ending: { outcome: referred, text: { en: "Rescued." } }
        actions:
          - id: rescue
            label: { en: "Rescue" }
            by: [nurse]
            when: magic
            effects: { reveal: [hidden], goto: rescued }
        """;

    [Fact]
    public async Task ReferenceScenarioValidatesCleanWithTheExplorer()
    {
        var (exitCode, output, _) = await Cli.Run("validate", Cli.ReferenceScenario);

        Assert.Equal(0, exitCode);
        Assert.EndsWith("0 error(s), 0 warning(s)\n", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABrokenFileExitsOne()
    {
        var file = Cli.WriteTemp("broken.yaml", "id: broken\nversion: one\n");

        var (exitCode, output, _) = await Cli.Run("validate", file);

        Assert.Equal(1, exitCode);
        Assert.Contains("broken.yaml:2:10: error RS0004", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JsonFormatParsesAsJsonWithTheExplorersFindings()
    {
        var file = Cli.WriteTemp("stuck.yaml", StuckScenario);

        var (exitCode, output, _) = await Cli.Run("validate", file, "--format", "json");

        Assert.Equal(1, exitCode);
        using var json = JsonDocument.Parse(output);
        var codes = json.RootElement.EnumerateArray().Select(d => (d.GetProperty("code").GetString(), d.GetProperty("line").GetInt32())).ToList();
        Assert.Equal([("RS0601", 20), ("RS0602", 11), ("RS0603", 18)], codes);
    }

    [Fact]
    public async Task ExploreDepthZeroTurnsTheExplorerOff()
    {
        var file = Cli.WriteTemp("stuck.yaml", StuckScenario);

        var (exitCode, output, _) = await Cli.Run("validate", file, "--explore-depth", "0");

        Assert.Equal(0, exitCode);
        Assert.DoesNotContain("RS06", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TooShallowAnExplorationReportsWhatItCouldNotReachYet()
    {
        var (exitCode, output, _) = await Cli.Run("validate", Cli.ReferenceScenario, "--format", "json", "--explore-depth", "4");

        Assert.Equal(1, exitCode);
        using var json = JsonDocument.Parse(output);
        var findings = json.RootElement.EnumerateArray().Select(d => (Code: d.GetProperty("code").GetString(), Message: d.GetProperty("message").GetString()!)).ToList();
        Assert.All(findings, f => Assert.Matches("^RS060[12]$", f.Code));
        Assert.Contains(findings, f => f.Code == "RS0601" && f.Message.Contains("'referred' within 4 moves", StringComparison.Ordinal));
    }
}
