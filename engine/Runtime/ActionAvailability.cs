using ReferralSim.Engine.Runtime.Commands;
using ReferralSim.Engine.Scenarios;
using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Runtime;

/// <summary>
/// Whether a role may take an action now, and if not, why: one rule, used to refuse commands and to
/// show participants why a button is greyed out.
/// </summary>
public static class ActionAvailability
{
    /// <summary>
    /// Null when the role may take the action at <paramref name="at"/> (by default the run's own now,
    /// the moment of its last event); otherwise the reason it may not. A live session asks at its
    /// clock's now, which runs on between events: a role's busy time ends without any event.
    /// </summary>
    public static CommandRejection? Check(ScenarioIndex index, RunState state, string role, ActionDefinition action, SimTime? at = null)
    {
        if (!action.By.Contains(role))
        {
            return new(RejectionCode.NotYourAction, $"'{action.Id}' is for {string.Join(", ", action.By)}, not {role}");
        }

        if (!action.Repeatable && state.IsDone(action.Id))
        {
            return new(RejectionCode.AlreadyDone, $"'{action.Id}' has already been done");
        }

        if (!index.IsOfferedIn(action, state.CurrentState))
        {
            return new(RejectionCode.NotAvailableInState, $"'{action.Id}' is possible only in {string.Join(", ", action.In)}");
        }

        if (action.When is { } guard && !guard.Holds(state))
        {
            return new(RejectionCode.GuardUnmet, $"'{action.Id}' needs: {guard.Describe()}");
        }

        if (SimTime.Max(at ?? state.Now, state.Now) < state.BusyUntil(role))
        {
            return new(RejectionCode.RoleBusy, $"{role} is busy until {state.BusyUntil(role)}");
        }

        return null;
    }
}
