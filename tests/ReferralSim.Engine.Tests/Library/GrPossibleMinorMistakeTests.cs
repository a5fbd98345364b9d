using ReferralSim.Engine.Debrief;
using ReferralSim.Engine.Runtime;

namespace ReferralSim.Engine.Tests.Library;

/// <summary>
/// Common mistakes in gr-possible-minor, played from scripts and debriefed. Reasonable grounds come at
/// 0m from the possible-minor indicator (M-00) shown on arrival, so every referral delay is the
/// minute of the first referral to a service for minors.
/// </summary>
public sealed class GrPossibleMinorMistakeTests
{
    private const string Scenario = "gr-possible-minor";

    [Fact]
    public void TreatedAsAnAdultWhoDeclinedIsACriticalFailBecauseNoChildServiceWasTold()
    {
        var report = MistakeScript.PlayAndDebrief(Scenario, "treated-as-adult-declined");

        Assert.Equal(RunOutcome.Declined, report.Outcome);
        Assert.True(report.PossibleMinor);
        Assert.Equal(ReasonableGroundsRule.PossibleMinor, report.ReasonableGrounds!.Rule);
        Assert.Equal(["possible-minor-not-referred"], report.Harms);
        Assert.True(report.CriticalFail);
        Assert.Equal(0, report.Score);
        Assert.Null(report.FirstCorrectReferralAt);
        Assert.Null(report.ReferralDelayMinutes);
    }

    [Fact]
    public void AdultLineFirstIsAWrongReferralAndChildProtectionComesThirtyMinutesAfterGrounds()
    {
        var report = MistakeScript.PlayAndDebrief(Scenario, "adult-service-first");

        var wrong = Assert.Single(report.WrongReferrals);
        Assert.Equal("gr-ekka-197", wrong.Service);
        Assert.Equal(WrongReferralReason.NotACorrectService, wrong.Reason);
        Assert.Equal(30, report.ReferralDelayMinutes);
        Assert.Empty(report.Harms);
        Assert.False(report.CriticalFail);
        Assert.Equal(RunOutcome.Referred, report.Outcome);
    }

    [Fact]
    public void IntrusiveAgeExaminationIsAMajorHarmEvenWhenChildProtectionIsToldInTenMinutes()
    {
        var report = MistakeScript.PlayAndDebrief(Scenario, "intrusive-age-exam");

        Assert.Equal(["intrusive-age-assessment"], report.Harms);
        Assert.False(report.CriticalFail);
        Assert.Equal(10, report.Scores.HarmPenalty);
        Assert.Equal(10, report.ReferralDelayMinutes);
        Assert.Equal(RunOutcome.Referred, report.Outcome);
    }

    [Fact]
    public void QuestionedInFrontOfTheFriendAndDischargedWithHerIsACriticalFailWithThreeHarms()
    {
        var report = MistakeScript.PlayAndDebrief(Scenario, "discharged-with-friend");

        Assert.Equal(["interview-in-front-of-companion", "possible-minor-discharged-with-companion", "possible-minor-not-referred"], report.Harms);
        Assert.True(report.CriticalFail);
        Assert.Equal(RunOutcome.Lost, report.Outcome);
        Assert.True(report.ReferralMissing);
        Assert.Null(report.ReferralDelayMinutes);
    }
}
