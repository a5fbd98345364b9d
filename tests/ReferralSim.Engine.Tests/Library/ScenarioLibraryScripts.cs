using ReferralSim.Engine.Debrief;
using ReferralSim.Engine.Runtime;
using ReferralSim.Engine.Runtime.Scripts;
using ReferralSim.Engine.Scenarios.Diagnostics;

namespace ReferralSim.Engine.Tests.Library;

/// <summary>
/// Plays a common-mistake script from Library/Scripts/&lt;scenario-id&gt;/ on scenarios/&lt;scenario-id&gt;.yaml
/// and debriefs the run. Every step must load and be accepted.
/// </summary>
internal static class ScenarioLibraryScripts
{
    public static DebriefReport PlayAndDebrief(string scenarioId, string mistake)
    {
        var scenario = RepositoryScenarios.CompileOrFail($"scenarios/{scenarioId}.yaml");
        var file = Path.Combine(AppContext.BaseDirectory, "Library", "Scripts", scenarioId, $"{mistake}.yaml");
        var diagnostics = new DiagnosticBag();

        var commands = PlayScriptLoader.Load(File.ReadAllText(file), file, scenario, diagnostics);

        Assert.True(commands is not null && diagnostics.Items.Count == 0, string.Join("\n", diagnostics.Sorted()));
        var run = new ScenarioRun(scenario, new RunOptions(1, scenario.Definition.DefaultLanguage));
        foreach (var scripted in commands!)
        {
            var result = run.Execute(scripted.Command);
            Assert.True(result.Accepted, $"{scripted.Location}: refused: {result.Rejection}");
        }

        return Debriefer.Debrief(scenario, run.Events);
    }
}
