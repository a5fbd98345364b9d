using ReferralSim.Engine.StateMachine.Reflection;

namespace ReferralSim.Engine.StateMachine;

/// <summary>The conjunction of a behaviour's guard conditions.</summary>
internal sealed class TransitionGuard(IReadOnlyList<GuardCondition> conditions)
{
    public static TransitionGuard None { get; } = new([]);

    public IReadOnlyList<GuardCondition> Conditions { get; } = conditions;

    public static TransitionGuard Of(Func<bool> guard, string? description) =>
        new([new GuardCondition(guard, InvocationInfo.Create(guard, description))]);

    public static TransitionGuard Of(IEnumerable<Tuple<Func<bool>, string>> guards) =>
        new([.. guards.Select(g => new GuardCondition(g.Item1, InvocationInfo.Create(g.Item1, g.Item2)))]);

    // Every guard is evaluated (no short-circuit) so callers can report all unmet descriptions.
    public List<string> UnmetGuardConditions() =>
        [.. Conditions.Where(c => !c.IsMet()).Select(c => c.Description)];
}
