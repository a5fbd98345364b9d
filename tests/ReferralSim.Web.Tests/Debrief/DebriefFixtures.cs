using ReferralSim.Web.Tests.TestSupport;
using ReferralSim.Engine.Runtime;
using ReferralSim.Engine.Runtime.Commands;
using ReferralSim.Engine.Runtime.Events;
using ReferralSim.Engine.Scenarios;
using ReferralSim.Engine.Scenarios.Model;
using ReferralSim.Web.Library;

namespace ReferralSim.Web.Tests.Debrief;

/// <summary>The reference scenario as the CLI reads it, a short good run of it (referral at 31m) and a poor one.</summary>
internal static class DebriefFixtures
{
    private static readonly Lazy<CompiledScenario> Compiled = new(() =>
    {
        var result = ScenarioCompiler.Compile(File.ReadAllText(ScenarioPath), "gr-ed-lover-boy.yaml", FileReferralDirectories.BesideScenario(ScenarioPath));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Scenario!;
    });

    public static CompiledScenario Scenario => Compiled.Value;

    public static string ScenarioPath => RepositoryRoot.Combine("scenarios", "gr-ed-lover-boy.yaml");

    /// <summary>The expert path; every role notes each true indicator it sees; a message and, optionally, a harm.</summary>
    public static IReadOnlyList<RunEvent> GoodRun(int referralAt = 31, bool withHarm = false)
    {
        var run = new ScenarioRun(Scenario, new RunOptions(3, "en"));
        void Do(RunCommand command)
        {
            var result = run.Execute(command);
            Assert.True(result.Accepted, $"{command}: {result.Rejection}");
            foreach (var revealed in result.Events.OfType<IndicatorRevealed>().Where(r => !Scenario.Index.Indicators[r.Indicator].IsDistractor))
            {
                foreach (var role in revealed.Audience.Roles)
                {
                    Assert.True(run.Execute(new NoteConcern(run.State.Now, role, revealed.Indicator)).Accepted);
                }
            }
        }

        void Act(int minute, string role, string action) => Do(new PerformAction(SimTime.FromMinutes(minute), role, action));
        Do(new StartRun(SimTime.Zero));
        if (withHarm)
        {
            Act(0, "doctor", "ask-about-injuries-in-front-of-companion");
        }

        Act(0, "nurse", "triage-assessment");
        Act(5, "nurse", "ask-companion-to-wait");
        Act(5, "doctor", "examine-patient");
        Act(7, "nurse", "call-interpreter");
        Act(7, "mediator", "join-consultation");
        Act(9, "nurse", "treat-injuries");
        Act(13, "doctor", "begin-private-conversation");
        Act(15, "doctor", "explain-confidentiality");
        Act(18, "doctor", "ask-open-questions");
        Act(18, "social-worker", "call-ngo");
        Do(new SendMessage(SimTime.FromMinutes(18), "doctor", ["social-worker"], "She is scared of him, \"please\" call the NGO, now"));
        Act(19, "nurse", "alert-supervisor");
        Act(21, "nurse", "give-universal-education");
        Act(21, "ngo", "ngo-phone-consultation");
        Act(21, "social-worker", "give-safety-plan");
        Act(26, "doctor", "offer-referral-and-ask-consent");
        Act(31, "doctor", "document-objectively");
        Do(new MakeReferral(SimTime.FromMinutes(referralAt), "ngo", "gr-ekka-nrm"));
        return run.Events;
    }

    /// <summary>
    /// Triage only, the nurse notes what she sees, then the NGO refers to a children's line and to the
    /// NRM without consent: two wrong referrals, strong indicators missed, most never asked, the run not ended.
    /// </summary>
    public static IReadOnlyList<RunEvent> PoorRun()
    {
        var run = new ScenarioRun(Scenario, new RunOptions(3, "en"));
        void Do(RunCommand command) => Assert.True(run.Execute(command).Accepted, command.ToString());
        Do(new StartRun(SimTime.Zero));
        var triage = run.Execute(new PerformAction(SimTime.Zero, "nurse", "triage-assessment"));
        Assert.True(triage.Accepted);
        foreach (var revealed in triage.Events.OfType<IndicatorRevealed>().Where(r => r.Audience.Roles.Contains("nurse")).Take(1))
        {
            Do(new NoteConcern(run.State.Now, "nurse", revealed.Indicator));
        }

        Do(new MakeReferral(SimTime.FromMinutes(4), "ngo", "gr-smile-1056"));
        Do(new MakeReferral(SimTime.FromMinutes(6), "ngo", "gr-ekka-nrm"));
        return run.Events;
    }
}
