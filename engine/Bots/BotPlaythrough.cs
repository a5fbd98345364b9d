using ReferralSim.Engine.Runtime;
using ReferralSim.Engine.Runtime.Commands;
using ReferralSim.Engine.Scenarios;
using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Bots;

/// <summary>
/// Plays a run with a bot in each role: starts it at 0m, then asks the bots in the scenario's role
/// order, round after round; when a whole round passes with nobody acting, lets the clock run to the
/// next moment anything can change (a role becomes free, a timed inject, a guard threshold, the
/// limit). Deterministic: the same bots and seed give the same log.
/// </summary>
public static class BotPlaythrough
{
    public const int DefaultMaxSteps = 5000;

    public static PlaythroughResult Play(CompiledScenario scenario, RunOptions options, IEnumerable<IBot> bots, int maxSteps = DefaultMaxSteps)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(bots);
        var roleOrder = scenario.Definition.Roles.Select(r => r.Id).ToList();
        var ordered = bots.OrderBy(b => roleOrder.IndexOf(b.Role) is var i && i < 0 ? int.MaxValue : i).ToList();
        var landmarks = new TimeLandmarks(scenario);
        var run = new ScenarioRun(scenario, options);
        var refused = new List<RefusedBotCommand>();
        run.Execute(new StartRun(SimTime.Zero));
        var steps = 0;
        while (!run.State.Ended && steps < maxSteps)
        {
            var acted = false;
            foreach (var bot in ordered)
            {
                if (run.State.Ended || steps >= maxSteps)
                {
                    break;
                }

                if (bot.Decide(run) is not { } command)
                {
                    continue;
                }

                steps++;
                var result = run.Execute(command);
                if (result.Accepted)
                {
                    acted = true;
                }
                else
                {
                    // A refused command counts as waiting, so a confused bot cannot spin forever at one moment.
                    refused.Add(new RefusedBotCommand(bot.Role, command, result.Rejection!));
                }
            }

            if (!acted && !run.State.Ended)
            {
                steps++;
                run.Execute(new AdvanceClock(landmarks.NextMoment(run.State, roleOrder)));
            }
        }

        return new PlaythroughResult(run, refused, !run.State.Ended);
    }
}
