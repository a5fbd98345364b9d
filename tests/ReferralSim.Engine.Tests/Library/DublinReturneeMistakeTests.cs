using ReferralSim.Engine.Debrief;
using ReferralSim.Engine.Runtime;

namespace ReferralSim.Engine.Tests.Library;

/// <summary>
/// Common mistakes in it-dublin-returnee-mother, played from scripts and debriefed. Reasonable
/// grounds come at 0m (the "friend" answers for her, a strong indicator shown on arrival), so a
/// referral delay is the referral's minute. The scripts note nothing, so identification is 0.
/// </summary>
public sealed class DublinReturneeMistakeTests
{
    private const string Scenario = "it-dublin-returnee-mother";

    [Fact]
    public void FriendAsInterpreterQuestionsInFrontOfHerAndSigningHerOutAreACriticalFailAndSheIsLost()
    {
        var report = MistakeScript.PlayAndDebrief(Scenario, "friend-as-interpreter");

        Assert.Equal(["friend-as-interpreter", "interview-in-front-of-friend", "left-with-friend-no-safety-plan"], report.Harms);
        Assert.True(report.CriticalFail);
        Assert.Equal(0, report.Score);
        Assert.Equal(RunOutcome.Lost, report.Outcome);
        Assert.Equal(9, report.EndedAt!.Value.TotalMinutes);
        Assert.Equal(0, report.ReasonableGroundsAt!.Value.TotalMinutes);
        Assert.True(report.ReferralMissing);
        Assert.Null(report.ReferralDelayMinutes);
    }

    [Fact]
    public void QuesturaCalledAboutHerWithoutConsentIsAMajorHarmAndSheDeclinesWithASafetyPlan()
    {
        var report = MistakeScript.PlayAndDebrief(Scenario, "questura-called-without-consent");

        Assert.Equal(["questura-without-consent"], report.Harms);
        Assert.False(report.CriticalFail);
        Assert.Equal(10, report.Scores.HarmPenalty);
        Assert.Equal(RunOutcome.Declined, report.Outcome);
        // An informed adult who declines is a correct outcome: the referral is not due.
        Assert.False(report.ReferralMissing);
        Assert.Null(report.FirstCorrectReferralAt);
        Assert.Null(report.ReferralDelayMinutes);
        // Process: 4 of 13 critical actions (35 × 4/13 = 10.77); timeliness: both timed actions on time (25).
        Assert.Equal(10.77, report.Scores.Process.Points);
        Assert.Equal(25, report.Scores.Timeliness.Points);
        Assert.Equal(25.77, report.Score);
    }

    [Fact]
    public void TalkingInFrontOfTheChildAndASecondInterviewAreHarmsAndTheReferralIs75MinutesLate()
    {
        var report = MistakeScript.PlayAndDebrief(Scenario, "child-in-the-room-late-referral");

        Assert.Equal(["interview-in-front-of-child", "repeated-account"], report.Harms);
        Assert.False(report.CriticalFail);
        Assert.Equal(13, report.Scores.HarmPenalty);
        Assert.Equal(RunOutcome.Referred, report.Outcome);
        Assert.Equal(75, report.ReferralDelayMinutes);
        Assert.False(report.ReferralMissing);
        Assert.Empty(report.WrongReferrals);
        Assert.Equal(ActionStatus.NotDone, Status(report, "child-cared-for"));
        Assert.Equal(ActionStatus.NotDone, Status(report, "one-account"));
        // Timeliness: referral 15 minutes past its 60-minute deadline (credit 0.75) and two actions
        // on time: 25 × 2.75/3 = 22.92.
        Assert.Equal(22.92, report.Scores.Timeliness.Points);
        Assert.Equal(23.38, report.Score);
    }

    [Fact]
    public void ProposingToSeparateMotherAndChildIsAMajorHarmAndWithoutASafetyPlanSheIsLostAt120Minutes()
    {
        var report = MistakeScript.PlayAndDebrief(Scenario, "needless-separation");

        Assert.Equal(["needless-separation-from-child"], report.Harms);
        Assert.False(report.CriticalFail);
        Assert.Equal(10, report.Scores.HarmPenalty);
        Assert.Equal(RunOutcome.Lost, report.Outcome);
        Assert.Equal(120, report.EndedAt!.Value.TotalMinutes);
        Assert.True(report.ReferralMissing);
        Assert.Null(report.ReferralDelayMinutes);
        Assert.Equal(ActionStatus.NotDone, Status(report, "mother-and-child-together"));
        Assert.Equal(ActionStatus.NotDone, Status(report, "safety-plan"));
    }

    private static ActionStatus Status(DebriefReport report, string id) => report.CriticalActions.Single(a => a.Id == id).Status;
}
