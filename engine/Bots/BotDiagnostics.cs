using ReferralSim.Engine.Runtime;
using ReferralSim.Engine.Scenarios;
using ReferralSim.Engine.Scenarios.Diagnostics;

namespace ReferralSim.Engine.Bots;

/// <summary>The bots' findings as diagnostics an author reads beside the validator's (RS06xx).</summary>
public static class BotDiagnostics
{
    /// <summary>Plays the expert path (RS0604) and, when <paramref name="exploreDepth"/> is above 0, explores (RS0601–RS0603).</summary>
    public static IReadOnlyList<Diagnostic> Check(CompiledScenario scenario, string text, int exploreDepth)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var locator = new ScenarioLocator(text, scenario.SourceFile);
        var expert = ExpertPlaythrough.Play(scenario, new RunOptions(1, scenario.Definition.DefaultLanguage));
        var diagnostics = new List<Diagnostic>(ForExpert(expert, locator));
        if (exploreDepth > 0)
        {
            diagnostics.AddRange(ForExploration(scenario, ScenarioExplorer.Explore(scenario, exploreDepth), locator));
        }

        return diagnostics;
    }

    public static IEnumerable<Diagnostic> ForExpert(ExpertReport report, ScenarioLocator locator)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(locator);
        if (report.Failure is { } failure)
        {
            yield return DiagnosticCodes.ExpertPathFails.At(locator.ExpertStep(failure.StepIndex),
                $"expert path step {failure.StepIndex + 1} ({failure.StepText}) cannot be taken: {failure.Reason}");
        }
    }

    public static IEnumerable<Diagnostic> ForExploration(CompiledScenario scenario, ExplorationResult result, ScenarioLocator locator)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(locator);
        // Say how far the search went: a finding at a shallow depth may only mean the path is longer.
        var within = $"within {result.Depth} moves{(result.Truncated ? " (the search was cut short: too many situations)" : "")}; a longer playthrough may still reach it";
        foreach (var ending in scenario.Definition.States.Where(s => s.Ending is not null && !result.EndingsReached.Contains(s.Id)))
        {
            yield return DiagnosticCodes.EndingNeverReached.At(locator.State(ending.Id),
                $"no playthrough reached the ending '{ending.Id}' {within}");
        }

        foreach (var indicator in scenario.Definition.Indicators.Where(i => !result.IndicatorsRevealed.Contains(i.Id)))
        {
            var kind = indicator.IsDistractor ? "distractor" : "indicator";
            yield return DiagnosticCodes.IndicatorNeverRevealed.At(locator.Indicator(indicator.Id),
                $"no playthrough revealed the {kind} '{indicator.Id}' {within}");
        }

        foreach (var stuck in result.Stuck)
        {
            var how = stuck.Moves.Count == 0 ? "at the start" : "after: " + string.Join("; ", stuck.Moves);
            yield return DiagnosticCodes.PlaythroughStuck.At(locator.State(stuck.State),
                $"the story gets stuck in '{stuck.State}' at {stuck.At}: nothing anyone can do changes it and nothing is left to fire before the limit ({how})");
        }
    }
}
