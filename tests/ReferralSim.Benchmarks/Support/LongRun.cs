using ReferralSim.Engine.Bots;
using ReferralSim.Engine.Runtime;
using ReferralSim.Engine.Runtime.Commands;
using ReferralSim.Engine.Runtime.Events;
using ReferralSim.Engine.Scenarios;
using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Benchmarks.Support;

/// <summary>
/// Long, real event logs of a scenario, made by the engine itself (so the debrief and the runtime
/// accept them): the expert playthrough's participant commands (actions, notes, referrals) replayed
/// in order, with team messages between them until the log has the wanted number of events. A
/// message changes no state, so the story is the expert's; only the chatter grows.
/// </summary>
internal static class LongRun
{
    private static readonly string[] Chatter =
    [
        "Can you come to cubicle 4?",
        "She keeps looking at him before she answers.",
        "The interpreter is on the way.",
        "Noted, I will write it up objectively.",
    ];

    /// <summary>A finished run of exactly <paramref name="events"/> events (or the expert's own length, if that is longer).</summary>
    public static ScenarioRun Finished(CompiledScenario scenario, int events, int seed = 7) =>
        Play(scenario, ExpertCommands(scenario, seed), events, seed, spread: true);

    /// <summary>
    /// A run still in progress with at least <paramref name="events"/> events: the expert's first
    /// <paramref name="steps"/> participant commands, then messages at the last command's time.
    /// </summary>
    public static ScenarioRun InProgress(CompiledScenario scenario, int steps, int events, int seed = 7) =>
        Play(scenario, [.. ExpertCommands(scenario, seed).Take(steps)], events, seed, spread: false);

    private static ScenarioRun Play(CompiledScenario scenario, IReadOnlyList<RunCommand> commands, int events, int seed, bool spread)
    {
        var options = new RunOptions(seed, scenario.Definition.DefaultLanguage);
        var baseline = Execute(scenario, options, commands, messages: 0, spread);
        return Execute(scenario, options, commands, messages: Math.Max(0, events - baseline.Events.Count), spread);
    }

    /// <summary>
    /// Executes the commands with <paramref name="messages"/> messages: spread evenly before each
    /// command (a finished run), or all after the last one (a run in progress).
    /// </summary>
    private static ScenarioRun Execute(CompiledScenario scenario, RunOptions options, IReadOnlyList<RunCommand> commands, int messages, bool spread)
    {
        var run = new ScenarioRun(scenario, options);
        Accept(run, new StartRun(SimTime.Zero));
        var roles = scenario.Definition.Roles.Select(r => r.Id).ToList();
        var sent = 0;
        void Chat(int count)
        {
            for (var m = 0; m < count; m++, sent++)
            {
                Accept(run, new SendMessage(run.State.Now, roles[sent % roles.Count], [roles[(sent + 1) % roles.Count]], Chatter[sent % Chatter.Length]));
            }
        }

        for (var i = 0; i < commands.Count; i++)
        {
            if (spread)
            {
                Chat((messages * (i + 1) / commands.Count) - (messages * i / commands.Count));
            }

            Accept(run, commands[i]);
        }

        if (!spread)
        {
            Chat(messages);
        }

        return run;
    }

    private static void Accept(ScenarioRun run, RunCommand command)
    {
        var result = run.Execute(command);
        if (!result.Accepted)
        {
            throw new InvalidOperationException($"{command} was refused: {result.Rejection}");
        }
    }

    /// <summary>What the expert's participants did, in order: actions, notes and referrals.</summary>
    private static List<RunCommand> ExpertCommands(CompiledScenario scenario, int seed)
    {
        var report = ExpertPlaythrough.Play(scenario, new RunOptions(seed, scenario.Definition.DefaultLanguage));
        if (!report.Succeeded)
        {
            throw new InvalidOperationException($"the expert path of {scenario.Id} fails: {report.Failure}");
        }

        var commands = new List<RunCommand>();
        foreach (var runEvent in report.Playthrough.Run.Events)
        {
            switch (runEvent)
            {
                case ActionPerformed performed:
                    commands.Add(new PerformAction(performed.At, performed.Role, performed.Action));
                    break;
                case ConcernNoted noted:
                    commands.Add(new NoteConcern(noted.At, noted.Role, noted.Indicator));
                    break;
                case ReferralMade referral:
                    commands.Add(new MakeReferral(referral.At, referral.Role, referral.Service));
                    break;
            }
        }

        return commands;
    }
}
