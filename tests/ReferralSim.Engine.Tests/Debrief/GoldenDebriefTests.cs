using ReferralSim.Engine.Debrief;
using ReferralSim.Engine.Runtime;
using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Tests.Debrief;

/// <summary>
/// Scripted playthroughs of the reference scenario, each with its report worked out by hand.
/// Worked numbers: the 14 true indicators weigh 7 strong × 3 + 5 medium × 2 + 2 weak × 1 = 33;
/// "companion-speaks-for-her" (strong) is shown at 0m, so reasonable grounds are at 0m; there are
/// 9 critical actions; the timed items are the referral (60m), safe separation and the interpreter
/// (20m each from grounds).
/// </summary>
public sealed class GoldenDebriefTests
{
    private static readonly string[] AllTrueIndicators =
    [
        "companion-speaks-for-her", "companion-holds-her-id", "companion-controls-her-phone", "inconsistent-history",
        "pushes-for-fast-discharge", "injuries-mechanism-does-not-fit", "ownership-tattoo", "romantic-dependency",
        "does-not-know-the-city", "came-for-a-job", "debt-to-companion", "forced-to-see-clients", "threats-to-family",
        "threatened-with-police",
    ];

    private static DebriefReport Debrief(Playthrough play) => Debriefer.Debrief(RepositoryScenarios.Reference, play.Events);

    [Fact]
    public void TheExpertPathScoresFullMarks()
    {
        var report = Debrief(Playthrough.Expert());

        Assert.Equal(RunOutcome.Referred, report.Outcome);
        Assert.Equal(100, report.Score);
        Assert.Equal(100, report.MaxScore);
        Assert.False(report.CriticalFail);
        Assert.Equal(SimTime.Zero, report.ReasonableGroundsAt);
        Assert.Equal(ReasonableGroundsRule.StrongIndicator, report.ReasonableGrounds?.Rule);
        Assert.Equal(["companion-speaks-for-her"], report.ReasonableGrounds?.Indicators);
        Assert.Equal(SimTime.FromMinutes(31), report.FirstCorrectReferralAt);
        Assert.Equal(31, report.ReferralDelayMinutes);
        Assert.Empty(report.MissedIndicators);
        Assert.Equal(AllTrueIndicators.Order(), report.NotedIndicators.Order());
        Assert.Empty(report.NeverRevealed);
        Assert.Empty(report.FalseAlarms);
        Assert.Empty(report.Harms);
        Assert.Empty(report.WrongReferrals);
        Assert.All(report.CriticalActions, a => Assert.NotEqual(ActionStatus.NotDone, a.Status));
        Assert.All(report.ExpertPath, step => Assert.NotNull(step.TeamAt));
    }

    [Fact]
    public void ALateReferralIsLateByTheExactSimulatedMinuteAndLosesTimelinessLinearly()
    {
        var report = Debrief(Playthrough.Expert(referralAt: 85));

        Assert.Equal(85, report.ReferralDelayMinutes);
        Assert.Equal(SimTime.FromMinutes(85), report.FirstCorrectReferralAt);
        var referral = Assert.Single(report.ScoredItems, i => i.Category == ScoredCategory.Timeliness && i.Id == "referral");
        Assert.Equal("late", referral.Status);
        Assert.Equal(SimTime.FromMinutes(60), referral.DueAt);
        // 25 minutes late against a 60-minute deadline: the referral keeps 1 − 25/60 of its share.
        var expectedTimeliness = 25.0 * (1 + 1 + (1 - (25.0 / 60))) / 3;
        Assert.Equal(Math.Round(expectedTimeliness, 2), report.Scores.Timeliness.Points);
        Assert.Equal(Math.Round(40 + 35 + expectedTimeliness, 2), report.Score);
    }

    [Fact]
    public void SensitiveQuestionsInFrontOfTheCompanionAreACriticalFail()
    {
        var report = Debrief(Playthrough.Expert(before: p => p.Do(0, "doctor", "ask-about-injuries-in-front-of-companion")));

        Assert.True(report.CriticalFail);
        Assert.Equal(0, report.Score);
        Assert.Equal(100, report.Scores.PointsBeforeGate);
        Assert.Equal(["interview-in-front-of-companion"], report.Harms);
        var harm = Assert.Single(report.HarmDetails);
        Assert.Equal(("doctor", "ask-about-injuries-in-front-of-companion", SimTime.Zero, HarmSeverity.Critical),
            (harm.Role, harm.Action, harm.At, harm.Severity));
        Assert.Equal("Sensitive questions in front of the companion", harm.Label);
    }

    [Fact]
    public void UsingTheCompanionAsInterpreterIsACriticalFail()
    {
        var report = Debrief(Playthrough.Expert(before: p => p.Do(0, "doctor", "use-companion-as-interpreter")));

        Assert.True(report.CriticalFail);
        Assert.Equal(0, report.Score);
        Assert.Equal(["companion-as-interpreter"], report.Harms);
        Assert.Equal("doctor", Assert.Single(report.HarmDetails).Role);
    }

    [Fact]
    public void AnAdultWhoDeclinesAfterACorrectOfferIsACorrectOutcomeWithoutDelayPenalty()
    {
        // No NGO engaged, so she is offered a referral and, informed, declines; the team respects it.
        var play = new Playthrough().ExpertUntilOffer(insteadOfNgo: p => p
            .Fire(27, "patient-declines-referral")
            .Do(31, "doctor", "document-objectively")
            .Do(31, "social-worker", "respect-her-decision"));
        var report = Debrief(play);

        Assert.Equal(RunOutcome.Declined, report.Outcome);
        Assert.Null(report.FirstCorrectReferralAt);
        Assert.Null(report.ReferralDelayMinutes);
        Assert.False(report.ReferralMissing);
        Assert.Empty(report.WrongReferrals);
        Assert.DoesNotContain(report.ScoredItems, i => i.Id == "referral");
        Assert.Equal(25, report.Scores.Timeliness.Points);
        Assert.Equal(100, report.Score);
    }

    [Fact]
    public void PoliceCalledWithoutConsentDutyOrDangerIsAMajorPenalty()
    {
        var report = Debrief(Playthrough.Expert(afterOffer: p => p.Do(26, "social-worker", "call-police-without-consent")));

        Assert.False(report.CriticalFail);
        Assert.Equal(["police-without-consent"], report.Harms);
        var harm = Assert.Single(report.HarmDetails);
        Assert.Equal((HarmSeverity.Major, 10, SimTime.FromMinutes(26), "social-worker"), (harm.Severity, harm.Penalty, harm.At, harm.Role));
        Assert.Equal(10, report.Scores.HarmPenalty);
        Assert.Equal(90, report.Score);
    }

    [Fact]
    public void NotingEveryDistractorReportsEachFalseAlarmWithALightPenalty()
    {
        var report = Debrief(Playthrough.Expert(afterOffer: p => p
            .Note(26, "nurse", "late-at-night")
            .Note(26, "nurse", "smells-of-smoke")
            .Note(26, "nurse", "cheap-phone")
            .Note(26, "nurse", "she-is-tired")));

        Assert.Equal(["late-at-night", "smells-of-smoke", "cheap-phone", "she-is-tired"], report.FalseAlarms);
        // All 33 points of indicators noted, less one weak indicator's weight per false alarm.
        Assert.Equal(Math.Round(40.0 * (33 - 4) / 33, 2), report.Scores.Identification.Points);
        Assert.Equal(4, report.Roles.Single(r => r.Role == "nurse").FalseAlarms);
        Assert.Empty(report.Harms);
    }
}
