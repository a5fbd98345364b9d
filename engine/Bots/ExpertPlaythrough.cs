using ReferralSim.Engine.Runtime;
using ReferralSim.Engine.Scenarios;

namespace ReferralSim.Engine.Bots;

/// <summary>Plays <c>scoring.expert_path</c> with an <see cref="ExpertBot"/> in every role and says whether it could be played as written.</summary>
public static class ExpertPlaythrough
{
    public static ExpertReport Play(CompiledScenario scenario, RunOptions options)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var path = new ExpertPath(scenario);
        var bots = scenario.Definition.Roles.Select(r => new ExpertBot(r.Id, path));
        var playthrough = BotPlaythrough.Play(scenario, options, bots);
        var failure = path.Failure;
        if (failure is null && playthrough.Refused.Count > 0 && playthrough.Refused[0] is var refused)
        {
            // The path checked availability before acting, so a refusal means the step is impossible after all.
            var index = Math.Max(0, path.Cursor - 1);
            failure = new ExpertPathFailure(index, path.Steps[index], $"the run refused it: {refused.Rejection.Message}");
        }

        if (failure is null && !path.Completed)
        {
            var run = playthrough.Run;
            var ending = run.State.Ending;
            var reason = ending is null
                ? "the playthrough stopped before this step"
                : $"the run ended ({ending.Outcome}, state {ending.State}) at {ending.At} before this step could be taken";
            failure = new ExpertPathFailure(path.Cursor, path.Steps[path.Cursor], reason);
        }

        return new ExpertReport(playthrough, path.Cursor, failure);
    }
}
