using ReferralSim.Engine.Runtime.Events;
using ReferralSim.Engine.Runtime.Personas;
using ReferralSim.Engine.Scenarios;
using ReferralSim.Engine.Scenarios.Model;
using ReferralSim.Engine.Scenarios.Model.Guards;

namespace ReferralSim.Engine.Runtime;

/// <summary>
/// A run's state: a fold over its events and nothing else, so replaying a log rebuilds it exactly.
/// </summary>
public sealed class RunState : IGuardContext
{
    /// <summary>The state the machine is in before the run starts: the root above every scenario state.</summary>
    public const string Root = "$story";

    private readonly ScenarioIndex _index;
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);
    private readonly HashSet<string> _doneActions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SimTime> _revealedAt = new(StringComparer.Ordinal);
    private readonly HashSet<(string Role, string Indicator)> _noted = [];
    private readonly Dictionary<string, SimTime> _busyUntil = new(StringComparer.Ordinal);
    private readonly HashSet<string> _consideredInjects = new(StringComparer.Ordinal);
    private readonly HashSet<string> _botRoles = new(StringComparer.Ordinal);

    public RunState(ScenarioIndex index) => _index = index;

    public bool Started { get; private set; }

    public bool Paused { get; private set; }

    public RunEnded? Ending { get; private set; }

    public bool Ended => Ending is not null;

    public double Speed { get; private set; } = 1;

    /// <summary>The simulated time of the latest event, or of the command being executed.</summary>
    public SimTime Now { get; internal set; }

    public string CurrentState { get; internal set; } = Root;

    public IReadOnlyDictionary<string, Persona> Personas { get; private set; } = new Dictionary<string, Persona>();

    public IReadOnlySet<string> Flags => _flags;

    /// <summary>The roles bots play.</summary>
    public IReadOnlySet<string> BotRoles => _botRoles;

    public IReadOnlyDictionary<string, SimTime> RevealedAt => _revealedAt;

    public bool IsSet(string flag) => _flags.Contains(flag);

    public bool IsInState(string state) => _index.IsWithin(CurrentState, state);

    public bool IsDone(string action) => _doneActions.Contains(action);

    public bool IsRevealed(string indicator) => _revealedAt.ContainsKey(indicator);

    public bool HasNoted(string role, string indicator) => _noted.Contains((role, indicator));

    public bool HasSeen(string role, string indicator) =>
        IsRevealed(indicator) && _index.Indicators.TryGetValue(indicator, out var definition) && definition.SeenBy.Contains(role);

    public SimTime BusyUntil(string role) => _busyUntil.GetValueOrDefault(role);

    public bool IsConsidered(string inject) => _consideredInjects.Contains(inject);

    public void Apply(RunEvent runEvent)
    {
        Now = SimTime.Max(Now, runEvent.At);
        switch (runEvent)
        {
            case RunStarted started:
                Started = true;
                Personas = started.Personas.ToDictionary(p => p.CharacterId, StringComparer.Ordinal);
                break;
            case RunPaused:
                Paused = true;
                break;
            case RunResumed:
                Paused = false;
                break;
            case SpeedChanged speed:
                Speed = speed.Speed;
                break;
            case StateChanged changed:
                CurrentState = changed.To;
                break;
            case IndicatorRevealed revealed:
                _revealedAt.TryAdd(revealed.Indicator, revealed.At);
                break;
            case ActionPerformed performed:
                _doneActions.Add(performed.Action);
                _busyUntil[performed.Role] = performed.BusyUntil;
                break;
            case FlagSet set:
                _flags.Add(set.Flag);
                break;
            case FlagCleared cleared:
                _flags.Remove(cleared.Flag);
                break;
            case ConcernNoted noted:
                _noted.Add((noted.Role, noted.Indicator));
                break;
            case InjectFired fired:
                _consideredInjects.Add(fired.Inject);
                break;
            case InjectSkipped skipped:
                _consideredInjects.Add(skipped.Inject);
                break;
            case RunEnded ended:
                Ending = ended;
                break;
            case BotAssigned bot:
                _botRoles.Add(bot.Role);
                break;
        }
    }
}
