using System.Text.Json.Serialization;
using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Runtime.Events;

/// <summary>
/// A fact of a run, in the past tense, at a simulated time, for an audience. The event log is the
/// truth: a run's state, its replay and its debrief are all folds over these.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(RunStarted), "run-started")]
[JsonDerivedType(typeof(RunPaused), "run-paused")]
[JsonDerivedType(typeof(RunResumed), "run-resumed")]
[JsonDerivedType(typeof(SpeedChanged), "speed-changed")]
[JsonDerivedType(typeof(StateChanged), "state-changed")]
[JsonDerivedType(typeof(Narrated), "narrated")]
[JsonDerivedType(typeof(IndicatorRevealed), "indicator-revealed")]
[JsonDerivedType(typeof(ActionPerformed), "action-performed")]
[JsonDerivedType(typeof(HarmDone), "harm-done")]
[JsonDerivedType(typeof(FlagSet), "flag-set")]
[JsonDerivedType(typeof(FlagCleared), "flag-cleared")]
[JsonDerivedType(typeof(ConcernNoted), "concern-noted")]
[JsonDerivedType(typeof(MessageSent), "message-sent")]
[JsonDerivedType(typeof(ReferralMade), "referral-made")]
[JsonDerivedType(typeof(InjectFired), "inject-fired")]
[JsonDerivedType(typeof(InjectSkipped), "inject-skipped")]
[JsonDerivedType(typeof(RunEnded), "run-ended")]
[JsonDerivedType(typeof(BotAssigned), "bot-assigned")]
public abstract record RunEvent(SimTime At, Audience Audience);
