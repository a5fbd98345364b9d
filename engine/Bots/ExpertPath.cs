using ReferralSim.Engine.Runtime;
using ReferralSim.Engine.Runtime.Commands;
using ReferralSim.Engine.Scenarios;
using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Bots;

/// <summary>
/// The cursor over <c>scoring.expert_path</c> that the expert bots of every role share: a step's
/// role takes it when it is next and possible; a busy role waits; any other reason it is not
/// possible is a <see cref="Failure"/>, and the path stops there.
/// </summary>
public sealed class ExpertPath
{
    private readonly CompiledScenario _scenario;

    public ExpertPath(CompiledScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        _scenario = scenario;
        Steps = scenario.Definition.Scoring?.ExpertPath ?? [];
    }

    public IReadOnlyList<ExpertStep> Steps { get; }

    /// <summary>The next step to take (0-based); equal to the number of steps taken.</summary>
    public int Cursor { get; private set; }

    public bool Completed => Cursor >= Steps.Count;

    public ExpertPathFailure? Failure { get; private set; }

    /// <summary>The command for <paramref name="role"/> if the next step is its own and possible now; otherwise null (wait).</summary>
    public RunCommand? NextFor(string role, ScenarioRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (Completed || Failure is not null || Steps[Cursor].By != role)
        {
            return null;
        }

        var step = Steps[Cursor];
        var command = step.Do is { } actionId ? Perform(step, actionId, run) : Refer(step, run);
        if (command is not null)
        {
            Cursor++;
        }

        return command;
    }

    private RunCommand? Perform(ExpertStep step, string actionId, ScenarioRun run)
    {
        if (!_scenario.Index.Actions.TryGetValue(actionId, out var action))
        {
            return Fail(step, $"there is no action '{actionId}'");
        }

        var unavailable = ActionAvailability.Check(_scenario.Index, run.State, step.By, action);
        if (unavailable is null)
        {
            return new PerformAction(run.State.Now, step.By, actionId);
        }

        return unavailable.Code == RejectionCode.RoleBusy ? null
            : Fail(step, $"at {run.State.Now} in state {run.State.CurrentState}: {unavailable.Message}");
    }

    private RunCommand? Refer(ExpertStep step, ScenarioRun run)
    {
        if (step.Refer is not { } service)
        {
            return Fail(step, "the step has neither `do` nor `refer`");
        }

        if (_scenario.Definition.Referral is not { } referral || !referral.By.Contains(step.By))
        {
            return Fail(step, $"{step.By} cannot make referrals in this scenario");
        }

        return _scenario.Directory.Find(service) is null
            ? Fail(step, $"there is no service '{service}' in the {_scenario.Directory.Country} directory")
            : new MakeReferral(run.State.Now, step.By, service);
    }

    private RunCommand? Fail(ExpertStep step, string reason)
    {
        Failure = new ExpertPathFailure(Cursor, step, reason);
        return null;
    }
}
