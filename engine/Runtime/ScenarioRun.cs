using System.Collections.Immutable;
using ReferralSim.Engine.Runtime.Commands;
using ReferralSim.Engine.Runtime.Events;
using ReferralSim.Engine.Runtime.Personas;
using ReferralSim.Engine.Runtime.Views;
using ReferralSim.Engine.Scenarios;
using ReferralSim.Engine.Scenarios.Model;
using ReferralSim.Engine.Scenarios.Model.Guards;
using ReferralSim.Engine.StateMachine;

namespace ReferralSim.Engine.Runtime;

/// <summary>
/// One run of a scenario: a deterministic function of (scenario, seed, commands) → events. It never
/// reads the wall clock; every command carries its simulated time. Commands are checked before
/// anything changes: a refused command leaves the run exactly as it was.
/// </summary>
public sealed class ScenarioRun
{
    private readonly List<RunEvent> _log = [];

    // Each role's feed, kept up to date on demand (FeedOf), and how far into the log it has read. A
    // refused command's rollback never cuts the log below where it stood before that command, so never
    // below what a feed has read.
    private readonly Dictionary<string, (ImmutableList<FeedEvent> Feed, int Read)> _feeds = new(StringComparer.Ordinal);
    private readonly StateMachine<string, string> _machine;
    private List<RunEvent>? _pending;
    private string? _approvedTrigger;
    private string _cause = "";

    public ScenarioRun(CompiledScenario scenario, RunOptions options)
    {
        Scenario = scenario;
        Options = options;
        State = new RunState(scenario.Index);
        Personas = PersonaGenerator.Generate(scenario.Definition.Characters, options.Seed);
        Text = new TextRenderer(options.Language, scenario.Definition.DefaultLanguage, Personas);
        _machine = ScenarioMachine.Build(scenario.Index, () => State.CurrentState, s => State.CurrentState = s,
            (trigger, guard) => trigger == _approvedTrigger || (_approvedTrigger is null && guard.Holds(State)),
            state => ApplyEffects(state.OnEntry, Audience.All));
        _machine.OnTransitioned(t => Emit(new StateChanged(State.Now, Audience.Facilitator, t.Source, t.Destination, _cause)));
    }

    public CompiledScenario Scenario { get; }

    public RunOptions Options { get; }

    public RunState State { get; private set; }

    public IReadOnlyDictionary<string, Persona> Personas { get; }

    public TextRenderer Text { get; }

    public IReadOnlyList<RunEvent> Events => _log;

    private ScenarioIndex Index => Scenario.Index;

    /// <summary>Rebuilds a run from its log, as after a restart: the state is the fold of the events.</summary>
    public static ScenarioRun Replay(CompiledScenario scenario, RunOptions options, IEnumerable<RunEvent> events)
    {
        var run = new ScenarioRun(scenario, options);
        foreach (var runEvent in events)
        {
            run.State.Apply(runEvent);
            run._log.Add(runEvent);
        }

        return run;
    }

    public CommandResult Execute(RunCommand command)
    {
        if (Precheck(command) is { } refused)
        {
            return new CommandResult([], refused);
        }

        _pending = [];
        var logLength = _log.Count;
        var nowBefore = State.Now;
        try
        {
            CommandRejection? rejection = null;
            if (command is StartRun start)
            {
                Start(start);
                AdvanceTo(start.At);
            }
            else if (!State.Started)
            {
                rejection = Handle(command);
            }
            else
            {
                AdvanceTo(command.At);
                rejection = State.Ended && command is not AdvanceClock
                    ? Refuse(RejectionCode.Ended, "the run ended before this command's moment")
                    : Handle(command);
            }

            if (rejection is not null)
            {
                RollBackTo(logLength, nowBefore);
                return new CommandResult([], rejection);
            }

            Settle();
            return new CommandResult(_pending, null);
        }
        finally
        {
            _pending = null;
            _approvedTrigger = null;
        }
    }

    private CommandRejection? Precheck(RunCommand command)
    {
        if (command is StartRun)
        {
            return State.Started ? Refuse(RejectionCode.AlreadyStarted, "the run has already started") : null;
        }

        if (!State.Started && command is not FillRoleWithBot)
        {
            return Refuse(RejectionCode.NotStarted, "the run has not started yet");
        }

        if (State.Ended)
        {
            return Refuse(RejectionCode.Ended, "the run has ended");
        }

        if (command.At < State.Now)
        {
            return Refuse(RejectionCode.TimeGoesBackwards, $"the command is dated {command.At}, before the run's time {State.Now}");
        }

        return command switch
        {
            PauseRun when State.Paused => Refuse(RejectionCode.Paused, "the run is already paused"),
            ResumeRun when !State.Paused => Refuse(RejectionCode.NotPaused, "the run is not paused"),
            PerformAction or NoteConcern or SendMessage or MakeReferral or AdvanceClock when State.Paused =>
                Refuse(RejectionCode.Paused, "the facilitator has paused the exercise"),
            _ => null,
        };
    }

    private CommandRejection? Handle(RunCommand command) => command switch
    {
        PerformAction perform => Perform(perform),
        NoteConcern note => Note(note),
        SendMessage message => Send(message),
        MakeReferral referral => Refer(referral),
        FireInject fire => FireManual(fire),
        PauseRun => EmitAccepted(new RunPaused(State.Now, Audience.All)),
        ResumeRun => EmitAccepted(new RunResumed(State.Now, Audience.All)),
        SetSpeed { Speed: > 0 and <= 60 } speed => EmitAccepted(new SpeedChanged(State.Now, Audience.All, speed.Speed)),
        SetSpeed => Refuse(RejectionCode.InvalidSpeed, "speed must be more than 0 and at most 60 simulated minutes per real minute"),
        EndRun => EmitAccepted(new RunEnded(State.Now, Audience.All, RunOutcome.EndedByFacilitator, State.CurrentState,
            EngineTexts.EndedByFacilitator(Options.Language))),
        AdvanceClock => null,
        FillRoleWithBot bot => AssignBot(bot),
        _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name),
    };

    private void Start(StartRun start)
    {
        State.Now = start.At;
        Emit(new RunStarted(start.At, Audience.All, Scenario.Id, Scenario.Definition.Version, Options.Seed, Options.Language,
            [.. Personas.Values]));
        Transition(ScenarioMachine.StartTrigger, Index.InitialState!, "start");
    }

    private CommandRejection? Perform(PerformAction command)
    {
        if (!Index.Roles.ContainsKey(command.Role))
        {
            return UnknownRole(command.Role);
        }

        if (!Index.Actions.TryGetValue(command.Action, out var action))
        {
            return Refuse(RejectionCode.UnknownAction, $"there is no action '{command.Action}' in this scenario");
        }

        if (ActionAvailability.Check(Index, State, command.Role, action) is { } unavailable)
        {
            return unavailable;
        }

        var harm = action.Harm is { } h && (h.When?.Holds(State) ?? true) ? h : null;
        var actor = Audience.Of([command.Role]);
        Emit(new ActionPerformed(State.Now, actor, command.Role, action.Id, State.Now + action.Cost));
        if (harm is not null)
        {
            Emit(new HarmDone(State.Now, Audience.Facilitator, command.Role, action.Id, harm.Code, harm.Severity));
        }

        ApplyEffects(action.Effects, actor, trigger: action.Id, cause: $"action {action.Id}");
        return null;
    }

    private CommandRejection? AssignBot(FillRoleWithBot command) =>
        !Index.Roles.ContainsKey(command.Role) ? UnknownRole(command.Role)
        : State.BotRoles.Contains(command.Role) ? Refuse(RejectionCode.AlreadyABot, $"a bot already plays {command.Role}")
        : EmitAccepted(new BotAssigned(State.Now, Audience.All, command.Role));

    private CommandRejection? Note(NoteConcern command)
    {
        if (!Index.Roles.ContainsKey(command.Role))
        {
            return UnknownRole(command.Role);
        }

        if (!Index.Indicators.ContainsKey(command.Indicator))
        {
            return Refuse(RejectionCode.UnknownIndicator, $"there is no observation '{command.Indicator}' in this scenario");
        }

        if (!State.HasSeen(command.Role, command.Indicator))
        {
            return Refuse(RejectionCode.NotSeenByRole, $"{command.Role} has not seen '{command.Indicator}'");
        }

        if (State.HasNoted(command.Role, command.Indicator))
        {
            return Refuse(RejectionCode.AlreadyNoted, $"{command.Role} has already noted '{command.Indicator}'");
        }

        return EmitAccepted(new ConcernNoted(State.Now, Audience.Of([command.Role]), command.Role, command.Indicator));
    }

    private CommandRejection? Send(SendMessage command)
    {
        if (!Index.Roles.ContainsKey(command.From))
        {
            return UnknownRole(command.From);
        }

        if (command.To.Count == 0)
        {
            return Refuse(RejectionCode.NoRecipients, "choose at least one role to write to");
        }

        if (command.To.FirstOrDefault(r => !Index.Roles.ContainsKey(r)) is { } unknown)
        {
            return UnknownRole(unknown);
        }

        var text = command.Text.Trim();
        if (text.Length == 0)
        {
            return Refuse(RejectionCode.EmptyMessage, "the message is empty");
        }

        if (text.Length > Options.MaxMessageLength)
        {
            return Refuse(RejectionCode.MessageTooLong, $"the message is {text.Length} characters; the most is {Options.MaxMessageLength}");
        }

        var to = command.To.Distinct(StringComparer.Ordinal).ToList();
        return EmitAccepted(new MessageSent(State.Now, Audience.Of([command.From, .. to]), command.From, to, text));
    }

    private CommandRejection? Refer(MakeReferral command)
    {
        if (!Index.Roles.ContainsKey(command.Role))
        {
            return UnknownRole(command.Role);
        }

        if (Scenario.Definition.Referral is not { } referral || !referral.By.Contains(command.Role))
        {
            return Refuse(RejectionCode.ReferralNotAllowed, $"{command.Role} cannot make referrals in this scenario");
        }

        if (Scenario.Directory.Find(command.Service) is null)
        {
            return Refuse(RejectionCode.UnknownService, $"there is no service '{command.Service}' in the {Scenario.Directory.Country} directory");
        }

        var route = referral.Routes.FirstOrDefault(r => r.To.Contains(command.Service) && (r.When?.Holds(State) ?? true));
        Emit(new ReferralMade(State.Now, Audience.Of([command.Role]), command.Role, command.Service, route is not null));
        if (route is not null)
        {
            ApplyEffects(route.Effects, Audience.All, ScenarioMachine.RouteTrigger(route), $"referral {command.Service}");
        }

        return null;
    }

    private CommandRejection? FireManual(FireInject command)
    {
        if (!Index.Injects.TryGetValue(command.Inject, out var inject))
        {
            return Refuse(RejectionCode.UnknownInject, $"there is no inject '{command.Inject}' in this scenario");
        }

        if (!inject.Manual)
        {
            return Refuse(RejectionCode.InjectNotManual, $"'{inject.Id}' fires by itself, not by hand");
        }

        if (State.IsConsidered(inject.Id))
        {
            return Refuse(RejectionCode.InjectAlreadyFired, $"'{inject.Id}' has already fired");
        }

        if (inject.When is { } guard && !guard.Holds(State))
        {
            return Refuse(RejectionCode.InjectConditionUnmet, $"'{inject.Id}' needs: {guard.Describe()}");
        }

        Fire(inject, manual: true);
        return null;
    }

    /// <summary>Lets simulated time pass: timed injects fire (or are skipped) in order, then the limit.</summary>
    private void AdvanceTo(SimTime target)
    {
        var limit = Scenario.Definition.Clock.Limit;
        var due = Scenario.Definition.Injects
            .Select((inject, order) => (inject, order))
            .Where(x => !x.inject.Manual && x.inject.At is { } at && at <= target && at <= limit && !State.IsConsidered(x.inject.Id))
            .OrderBy(x => x.inject.At!.Value).ThenBy(x => x.order);
        foreach (var (inject, _) in due)
        {
            if (State.Ended || State.IsConsidered(inject.Id))
            {
                continue;
            }

            State.Now = SimTime.Max(State.Now, inject.At!.Value);
            if (inject.When?.Holds(State) ?? true)
            {
                Fire(inject, manual: false);
            }
            else
            {
                Emit(new InjectSkipped(State.Now, Audience.Facilitator, inject.Id));
            }

            Settle();
        }

        if (!State.Ended && target >= limit)
        {
            State.Now = limit;
            Emit(new RunEnded(limit, Audience.All, RunOutcome.TimeUp, State.CurrentState, EngineTexts.TimeUp(Options.Language)));
        }

        if (!State.Ended)
        {
            State.Now = target;
        }
    }

    /// <summary>After anything changes: an ending ends the run; condition injects fire while their conditions hold.</summary>
    private void Settle()
    {
        for (var round = 0; round <= Scenario.Definition.Injects.Count; round++)
        {
            if (State.Ended)
            {
                return;
            }

            if (Index.States.GetValueOrDefault(State.CurrentState)?.Ending is { } ending)
            {
                Emit(new RunEnded(State.Now, Audience.All, ToRunOutcome(ending.Outcome), State.CurrentState, Text.Render(ending.Text)));
                return;
            }

            var next = Scenario.Definition.Injects.FirstOrDefault(i =>
                !i.Manual && i.At is null && !State.IsConsidered(i.Id) && i.When is { } when && when.Holds(State));
            if (next is null)
            {
                return;
            }

            Fire(next, manual: false);
        }
    }

    private void Fire(InjectDefinition inject, bool manual)
    {
        Emit(new InjectFired(State.Now, Audience.Facilitator, inject.Id, manual));
        ApplyEffects(inject.Effects, Audience.All, ScenarioMachine.InjectTrigger(inject), $"inject {inject.Id}");
    }

    private void ApplyEffects(Effects? effects, Audience narrationAudience, string? trigger = null, string? cause = null)
    {
        if (effects is null)
        {
            return;
        }

        foreach (var flag in effects.Set.Where(f => !State.IsSet(f)))
        {
            Emit(new FlagSet(State.Now, Audience.Facilitator, flag));
        }

        foreach (var flag in effects.Clear.Where(State.IsSet))
        {
            Emit(new FlagCleared(State.Now, Audience.Facilitator, flag));
        }

        foreach (var narration in effects.Narrate)
        {
            Emit(new Narrated(State.Now, narration.To is { } to ? Audience.Of(to) : narrationAudience, Text.Render(narration.Text)));
        }

        foreach (var indicator in effects.Reveal.Where(i => !State.IsRevealed(i)).Select(i => Index.Indicators[i]))
        {
            Emit(new IndicatorRevealed(State.Now, Audience.Of(indicator.SeenBy), indicator.Id, Text.Render(indicator.Text)));
        }

        if (effects.Goto is { } target && trigger is not null && cause is not null)
        {
            Transition(trigger, target, cause);
        }
    }

    /// <summary>Moves the story unless it is already at or inside <paramref name="target"/> (where a goto changes nothing).</summary>
    private void Transition(string trigger, string target, string cause)
    {
        if (State.CurrentState != RunState.Root && Index.IsWithin(State.CurrentState, target))
        {
            return;
        }

        (_approvedTrigger, _cause) = (trigger, cause);
        _machine.Fire(trigger);
        _approvedTrigger = null;
    }

    /// <summary>
    /// Undoes what a refused command's moment let happen (timed injects on the way to it): the log is
    /// cut back and the state folded again, so a refusal leaves the run exactly as it was. When nothing
    /// was appended, only the clock moved, and putting it back is enough (a refold costs the whole log).
    /// </summary>
    private void RollBackTo(int logLength, SimTime nowBefore)
    {
        if (_log.Count == logLength)
        {
            State.Now = nowBefore;
            return;
        }

        _log.RemoveRange(logLength, _log.Count - logLength);
        State = new RunState(Scenario.Index);
        foreach (var runEvent in _log)
        {
            State.Apply(runEvent);
        }
    }

    /// <summary>
    /// The events <paramref name="role"/> may see, oldest first, each with its position in the log. An
    /// immutable list, so it can be read elsewhere while the run goes on; each call reads only the
    /// events logged since the last (a live session asks after every commit, for every role).
    /// </summary>
    public IReadOnlyList<FeedEvent> FeedOf(string role)
    {
        var (feed, read) = _feeds.TryGetValue(role, out var known) ? known : (ImmutableList<FeedEvent>.Empty, 0);
        if (read == _log.Count)
        {
            return feed;
        }

        var grown = feed.ToBuilder();
        for (var i = read; i < _log.Count; i++)
        {
            if (EventVisibility.IsVisibleTo(_log[i], role))
            {
                grown.Add(new FeedEvent(i + 1, _log[i]));
            }
        }

        feed = grown.ToImmutable();
        _feeds[role] = (feed, _log.Count);
        return feed;
    }

    private void Emit(RunEvent runEvent)
    {
        State.Apply(runEvent);
        _log.Add(runEvent);
        _pending?.Add(runEvent);
    }

    private CommandRejection? EmitAccepted(RunEvent runEvent)
    {
        Emit(runEvent);
        return null;
    }

    private static RunOutcome ToRunOutcome(Outcome outcome) => outcome switch
    {
        Outcome.Referred => RunOutcome.Referred,
        Outcome.Declined => RunOutcome.Declined,
        _ => RunOutcome.Lost,
    };

    private static CommandRejection UnknownRole(string role) => Refuse(RejectionCode.UnknownRole, $"there is no role '{role}' in this scenario");

    private static CommandRejection Refuse(RejectionCode code, string message) => new(code, message);
}
