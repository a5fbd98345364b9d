using ReferralSim.Engine.Runtime;
using ReferralSim.Engine.Runtime.Commands;
using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Bots;

/// <summary>
/// A careless participant for load and robustness: picks uniformly among its available actions,
/// noting anything it has seen (distractors too), referring to a random directory service, and
/// waiting. Seeded per role from the run seed, so the same seed always gives the same log.
/// </summary>
public sealed class RandomBot : IBot
{
    private readonly Random _random;
    private SimTime? _referredAt;

    public RandomBot(string role, int runSeed)
    {
        Role = role;
#pragma warning disable CA5394 // Not for security: a reproducible simulation needs a seeded generator.
        _random = new Random(RoleSeed(runSeed, role));
#pragma warning restore CA5394
    }

    public string Role { get; }

    /// <summary>
    /// A per-role seed that is stable across processes and machines (string.GetHashCode is not):
    /// FNV-1a over the role id, mixed with the run seed.
    /// </summary>
    public static int RoleSeed(int runSeed, string role)
    {
        ArgumentNullException.ThrowIfNull(role);
        var hash = 2166136261u;
        foreach (var c in role)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return unchecked((int)(hash ^ (uint)runSeed * 2654435761u));
    }

    public RunCommand? Decide(ScenarioRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var state = run.State;
        var scenario = run.Scenario;
        var options = new List<Func<RunCommand>>();
        foreach (var action in scenario.Definition.Actions)
        {
            if (ActionAvailability.Refusal(scenario.Index, state, Role, action) is null)
            {
                options.Add(() => new PerformAction(state.Now, Role, action.Id));
            }
        }

        foreach (var indicator in scenario.Definition.Indicators)
        {
            if (state.HasSeen(Role, indicator.Id) && !state.HasNoted(Role, indicator.Id))
            {
                options.Add(() => new NoteConcern(state.Now, Role, indicator.Id));
            }
        }

        // At most one referral a moment: referrals cost no time, so a bot could otherwise fill a moment with them.
        var services = scenario.Directory.Services;
        if (scenario.Definition.Referral?.By.Contains(Role) == true && services.Count > 0 && _referredAt != state.Now)
        {
            options.Add(() =>
            {
                _referredAt = state.Now;
                return new MakeReferral(state.Now, Role, services[Pick(services.Count)].Id);
            });
        }

        var choice = Pick(options.Count + 1);
        return choice == options.Count ? null : options[choice]();
    }

#pragma warning disable CA5394 // Not for security: see the constructor.
    private int Pick(int count) => _random.Next(count);
#pragma warning restore CA5394
}
