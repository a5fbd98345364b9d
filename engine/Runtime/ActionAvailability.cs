using System.Diagnostics;
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
    /// the moment of its last event); otherwise why it may not. A live session asks at its clock's now,
    /// which runs on between events: a role's busy time ends without any event. Only the code: a live
    /// session asks this of every action of every role after every commit, and explorers and bots of
    /// every action at every step, none of which show the sentence (<see cref="Check"/>).
    /// </summary>
    public static RejectionCode? Refusal(ScenarioIndex index, RunState state, string role, ActionDefinition action, SimTime? at = null)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(action);
        if (!action.By.Contains(role))
        {
            return RejectionCode.NotYourAction;
        }

        if (!action.Repeatable && state.IsDone(action.Id))
        {
            return RejectionCode.AlreadyDone;
        }

        if (!index.IsOfferedIn(action, state.CurrentState))
        {
            return RejectionCode.NotAvailableInState;
        }

        if (action.When is { } guard && !guard.Holds(state))
        {
            return RejectionCode.GuardUnmet;
        }

        if (SimTime.Max(at ?? state.Now, state.Now) < state.BusyUntil(role))
        {
            return RejectionCode.RoleBusy;
        }

        return null;
    }

    /// <summary>As <see cref="Refusal"/>, with a sentence for the person whose command is refused.</summary>
    public static CommandRejection? Check(ScenarioIndex index, RunState state, string role, ActionDefinition action, SimTime? at = null) =>
        Refusal(index, state, role, action, at) switch
        {
            null => null,
            RejectionCode.NotYourAction => new(RejectionCode.NotYourAction, $"'{action.Id}' is for {string.Join(", ", action.By)}, not {role}"),
            RejectionCode.AlreadyDone => new(RejectionCode.AlreadyDone, $"'{action.Id}' has already been done"),
            RejectionCode.NotAvailableInState => new(RejectionCode.NotAvailableInState, $"'{action.Id}' is possible only in {string.Join(", ", action.In)}"),
            RejectionCode.GuardUnmet => new(RejectionCode.GuardUnmet, $"'{action.Id}' needs: {action.When!.Describe()}"),
            RejectionCode.RoleBusy => new(RejectionCode.RoleBusy, $"{role} is busy until {state.BusyUntil(role)}"),
            var other => throw new UnreachableException($"{nameof(Refusal)} gave {other}, which has no sentence here"),
        };
}
