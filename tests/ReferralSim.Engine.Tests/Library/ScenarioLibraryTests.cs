using ReferralSim.Engine.Bots;
using ReferralSim.Engine.Debrief;
using ReferralSim.Engine.Runtime;
using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Tests.Library;

/// <summary>
/// The rules every scenario in scenarios/*.yaml must meet before a facilitator may run it. The list
/// of files is read from the folder, so a newly added scenario is checked without touching this class.
/// </summary>
public sealed class ScenarioLibraryTests
{
    public static TheoryData<string> ScenarioFiles => [.. RepositoryScenarios.Scenarios()];

    [Theory]
    [MemberData(nameof(ScenarioFiles))]
    public void ScenarioCompilesWithNoErrorsAndNoWarningsInAnyOfItsLanguages(string file)
    {
        var result = RepositoryScenarios.Compile(file);

        Assert.True(result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics));
        Assert.NotNull(result.Scenario);
        Assert.NotEmpty(result.Scenario.Definition.Languages);
    }

    [Theory]
    [MemberData(nameof(ScenarioFiles))]
    public void ExplorerReachesEveryEndingRevealsEveryIndicatorAndNeverGetsStuck(string file)
    {
        var scenario = RepositoryScenarios.CompileOrFail(file);

        var result = ScenarioExplorer.Explore(scenario, ScenarioExplorer.DefaultDepth);

        var unreached = scenario.Definition.States.Where(s => s.Ending is not null && !result.EndingsReached.Contains(s.Id)).Select(s => s.Id).ToList();
        var unrevealed = scenario.Definition.Indicators.Where(i => !result.IndicatorsRevealed.Contains(i.Id)).Select(i => i.Id).ToList();
        Assert.True(unreached.Count == 0, "endings never reached: " + string.Join(", ", unreached));
        Assert.True(unrevealed.Count == 0, "indicators never revealed: " + string.Join(", ", unrevealed));
        Assert.True(result.Stuck.Count == 0, string.Join("\n", result.Stuck.Select(s => $"{s.State} at {s.At}: {string.Join("; ", s.Moves)}")));
    }

    [Theory]
    [MemberData(nameof(ScenarioFiles))]
    public void ExpertPathPlaysThroughAndScoresFullMarksWithNoHarm(string file)
    {
        var scenario = RepositoryScenarios.CompileOrFail(file);

        var expert = ExpertPlaythrough.Play(scenario, new RunOptions(1, scenario.Definition.DefaultLanguage));
        var report = Debriefer.Debrief(scenario, expert.Playthrough.Run.Events);

        Assert.True(expert.Succeeded, expert.Failure?.ToString());
        Assert.NotEmpty(scenario.Definition.Scoring?.ExpertPath ?? []);
        Assert.Empty(report.Harms);
        Assert.False(report.CriticalFail);
        Assert.False(report.ReferralMissing);
        Assert.Equal(report.MaxScore, report.Score);
    }

    [Theory]
    [MemberData(nameof(ScenarioFiles))]
    public void EveryReferralTargetIsAServiceInTheScenariosCountryDirectory(string file)
    {
        var scenario = RepositoryScenarios.CompileOrFail(file);
        var definition = scenario.Definition;

        var used = (definition.Referral?.Routes ?? []).SelectMany(r => r.To)
            .Concat(definition.Scoring?.Referral?.To ?? [])
            .Concat((definition.Scoring?.ExpertPath ?? []).Select(s => s.Refer).OfType<string>())
            .Distinct(StringComparer.Ordinal)
            .ToList();

        Assert.NotEmpty(used);
        Assert.Equal(definition.Country, scenario.Directory.Country);
        var unknown = used.Where(service => scenario.Directory.Find(service) is null).ToList();
        Assert.True(unknown.Count == 0, $"not in the {definition.Country} directory: " + string.Join(", ", unknown));
    }

    [Theory]
    [MemberData(nameof(ScenarioFiles))]
    public void ScenarioHasContentNotesTwoEndingsAManualInjectAndEveryPearlsPhase(string file)
    {
        var definition = RepositoryScenarios.CompileOrFail(file).Definition;

        Assert.NotEmpty(definition.ContentNotes);
        Assert.True(definition.States.Count(s => s.Ending is not null) >= 2, "a scenario needs at least two endings");
        Assert.Contains(definition.Injects, i => i.Manual);
        var phases = (definition.Scoring?.DebriefPrompts ?? []).Select(p => p.Phase).ToHashSet();
        var missing = Enum.GetValues<DebriefPhase>().Where(phase => !phases.Contains(phase)).ToList();
        Assert.True(missing.Count == 0, "no debrief prompt for: " + string.Join(", ", missing));
    }

    [Theory]
    [MemberData(nameof(ScenarioFiles))]
    public void ScenarioHasAFacilitatorNoteNamedAfterItsId(string file)
    {
        var id = RepositoryScenarios.CompileOrFail(file).Id;

        var note = RepositoryScenarios.PathOf($"facilitator-guide/scenarios/{id}.md");

        Assert.True(File.Exists(note), $"missing facilitator-guide/scenarios/{id}.md");
        Assert.False(string.IsNullOrWhiteSpace(File.ReadAllText(note)), $"facilitator-guide/scenarios/{id}.md is empty");
    }
}
