using ReferralSim.Engine.Debrief;
using ReferralSim.Engine.Runtime;

namespace ReferralSim.Engine.Tests.Library;

/// <summary>
/// Common mistakes in online-recruitment, played from scripts and debriefed. Reasonable grounds come
/// at 0m (the promised job abroad, a strong indicator, in the teacher's first check-in), so a
/// referral delay is the referral's minute. She is 18: the adult pathway applies. The scripts note
/// nothing, so identification is 0.
/// </summary>
public sealed class OnlineRecruitmentMistakeTests
{
    private const string Scenario = "online-recruitment";

    [Fact]
    public void AskingToSeeTheImagesIsACriticalFailAndTellingHerMotherAMajorHarmAndSheLeavesAtLunch()
    {
        var report = MistakeScript.PlayAndDebrief(Scenario, "images-requested");

        Assert.Equal(["intimate-images-requested", "family-told-against-her-will"], report.Harms);
        Assert.True(report.CriticalFail);
        Assert.Equal(0, report.Score);
        Assert.False(report.PossibleMinor);
        Assert.Equal(RunOutcome.Lost, report.Outcome);
        Assert.Equal(120, report.EndedAt!.Value.TotalMinutes);
        Assert.Equal(0, report.ReasonableGroundsAt!.Value.TotalMinutes);
        Assert.True(report.ReferralMissing);
        Assert.Null(report.ReferralDelayMinutes);
    }

    [Fact]
    public void PoliceCalledWithoutHerConsentIsAMajorHarmAndSheDeclinesWithASafetyPlan()
    {
        var report = MistakeScript.PlayAndDebrief(Scenario, "police-without-consent");

        Assert.Equal(["police-without-consent"], report.Harms);
        Assert.False(report.CriticalFail);
        Assert.Equal(10, report.Scores.HarmPenalty);
        Assert.Equal(RunOutcome.Declined, report.Outcome);
        Assert.Equal(28, report.EndedAt!.Value.TotalMinutes);
        Assert.False(report.ReferralMissing);
        Assert.Null(report.FirstCorrectReferralAt);
        Assert.Null(report.ReferralDelayMinutes);
        Assert.Equal(ActionStatus.NotDone, Status(report, "specialist-advice"));
        // Process 6 of 11 (19.09); timeliness: private space on time, no 1109 call (25 × 1/2 = 12.5).
        Assert.Equal(21.59, report.Score);
    }

    [Fact]
    public void WaitingForProofDelaysTheReferralTo80MinutesWithNoHarm()
    {
        var report = MistakeScript.PlayAndDebrief(Scenario, "late-referral");

        Assert.Empty(report.Harms);
        Assert.False(report.CriticalFail);
        Assert.Equal(RunOutcome.Referred, report.Outcome);
        Assert.Equal(80, report.FirstCorrectReferralAt!.Value.TotalMinutes);
        Assert.Equal(80, report.ReferralDelayMinutes);
        Assert.Empty(report.WrongReferrals);
        // 1109 called at 70m against a 30-minute deadline from grounds: late by more than the
        // deadline again, so no timeliness credit.
        Assert.Equal(ActionStatus.Late, Status(report, "specialist-advice"));
        // Timeliness: referral credit 1 − 20/60, private space 1, 1109 call 0: 25 × 1.667/3 = 13.89.
        Assert.Equal(13.89, report.Scores.Timeliness.Points);
        Assert.Equal(32.98, report.Score);
    }

    [Fact]
    public void ConfrontingTheRecruiterOnlineIsAMajorHarmAndWithoutASafetyPlanSheLeavesAt90Minutes()
    {
        var report = MistakeScript.PlayAndDebrief(Scenario, "confronted-recruiter");

        Assert.Equal(["confronting-recruiter-online"], report.Harms);
        Assert.False(report.CriticalFail);
        Assert.Equal(10, report.Scores.HarmPenalty);
        Assert.Equal(RunOutcome.Lost, report.Outcome);
        Assert.Equal(90, report.EndedAt!.Value.TotalMinutes);
        Assert.True(report.ReferralMissing);
        Assert.Null(report.ReferralDelayMinutes);
    }

    private static ActionStatus Status(DebriefReport report, string id) => report.CriticalActions.Single(a => a.Id == id).Status;
}
