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
    /// <summary>Null when the role may take the action now; otherwise the reason it may not.</summary>
    public static CommandRejection? Check(ScenarioIndex index, RunState state, string role, ActionDefinition action)
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

        if (state.Now < state.BusyUntil(role))
        {
            return new(RejectionCode.RoleBusy, $"{role} is busy until {state.BusyUntil(role)}");
        }

        return null;
    }
}
