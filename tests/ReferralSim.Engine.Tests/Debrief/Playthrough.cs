using ReferralSim.Engine.Runtime;
using ReferralSim.Engine.Runtime.Commands;
using ReferralSim.Engine.Runtime.Events;
using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Tests.Debrief;

/// <summary>
/// A scripted playthrough of the reference scenario: commands at whole simulated minutes, every one
/// of which must be accepted. With <see cref="NotesEverything"/> each role notes every true
/// indicator as soon as it sees it, as the expert bot does.
/// </summary>
internal sealed class Playthrough
{
    private readonly ScenarioRun _run = new(RepositoryScenarios.Reference, new RunOptions(7, "en"));

    public Playthrough(bool notesEverything = true)
    {
        NotesEverything = notesEverything;
        Accept(new StartRun(SimTime.Zero));
    }

    public bool NotesEverything { get; }

    public IReadOnlyList<RunEvent> Events => _run.Events;

    public static SimTime Minutes(int minutes) => SimTime.FromMinutes(minutes);

    /// <summary>The expert path as a team would play it, timed by each action's cost (referral at 31m).</summary>
    public static Playthrough Expert(int referralAt = 31, Action<Playthrough>? before = null, Action<Playthrough>? afterOffer = null)
    {
        var play = new Playthrough();
        before?.Invoke(play);
        play.ExpertUntilOffer();
        afterOffer?.Invoke(play);
        play.Do(31, "doctor", "document-objectively");
        play.Refer(referralAt, "ngo", "gr-ekka-nrm");
        return play;
    }

    /// <summary>The expert path up to the referral offer at 26m (consent follows at once when the NGO is engaged).</summary>
    public Playthrough ExpertUntilOffer(Action<Playthrough>? insteadOfNgo = null)
    {
        Do(0, "nurse", "triage-assessment");
        Do(5, "nurse", "ask-companion-to-wait");
        Do(5, "doctor", "examine-patient");
        Do(7, "nurse", "call-interpreter");
        Do(7, "mediator", "join-consultation");
        Do(9, "nurse", "treat-injuries");
        Do(13, "doctor", "begin-private-conversation");
        Do(15, "doctor", "explain-confidentiality");
        Do(18, "doctor", "ask-open-questions");
        if (insteadOfNgo is null)
        {
            Do(18, "social-worker", "call-ngo");
        }

        Do(19, "nurse", "alert-supervisor");
        Do(21, "nurse", "give-universal-education");
        if (insteadOfNgo is null)
        {
            Do(21, "ngo", "ngo-phone-consultation");
        }

        Do(21, "social-worker", "give-safety-plan");
        Do(26, "doctor", "offer-referral-and-ask-consent");
        insteadOfNgo?.Invoke(this);
        return this;
    }

    public Playthrough Do(int minute, string role, string action) => Accept(new PerformAction(Minutes(minute), role, action));

    public Playthrough Note(int minute, string role, string indicator) => Accept(new NoteConcern(Minutes(minute), role, indicator));

    public Playthrough Refer(int minute, string role, string service) => Accept(new MakeReferral(Minutes(minute), role, service));

    public Playthrough Message(int minute, string from, string to, string text) => Accept(new SendMessage(Minutes(minute), from, [to], text));

    public Playthrough Fire(int minute, string inject) => Accept(new FireInject(Minutes(minute), inject));

    public Playthrough Accept(RunCommand command)
    {
        var result = _run.Execute(command);
        Assert.True(result.Accepted, $"{command} was refused: {result.Rejection}");
        if (NotesEverything)
        {
            foreach (var revealed in result.Events.OfType<IndicatorRevealed>())
            {
                if (RepositoryScenarios.Reference.Index.Indicators[revealed.Indicator].IsDistractor)
                {
                    continue;
                }

                foreach (var role in revealed.Audience.Roles)
                {
                    var noted = _run.Execute(new NoteConcern(SimTime.Max(revealed.At, _run.State.Now), role, revealed.Indicator));
                    Assert.True(noted.Accepted, $"{role} could not note {revealed.Indicator}: {noted.Rejection}");
                }
            }
        }

        return this;
    }
}
