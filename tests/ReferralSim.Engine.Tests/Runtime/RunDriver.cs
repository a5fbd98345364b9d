using ReferralSim.Engine.Runtime;
using ReferralSim.Engine.Runtime.Commands;
using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Tests.Runtime;

/// <summary>Terse helpers for driving a run in tests: minutes as ints, and asserting acceptance.</summary>
internal static class RunDriver
{
    public static ScenarioRun Started(int seed = 1, string language = "en")
    {
        var run = new ScenarioRun(RuntimeScenario.Compile(), new RunOptions(seed, language));
        Accept(run, new StartRun(SimTime.Zero));
        return run;
    }

    public static SimTime Minutes(int minutes) => SimTime.FromMinutes(minutes);

    public static CommandResult Accept(ScenarioRun run, RunCommand command)
    {
        var result = run.Execute(command);
        Assert.True(result.Accepted, $"{command} was refused: {result.Rejection}");
        return result;
    }

    public static CommandResult Do(ScenarioRun run, int minute, string role, string action) =>
        Accept(run, new PerformAction(Minutes(minute), role, action));
}
