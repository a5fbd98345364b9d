using ReferralSim.Engine.Debrief;
using ReferralSim.Engine.Runtime;

namespace ReferralSim.Engine.Tests.Library;

/// <summary>
/// Common mistakes in it-ed-caporalato, played from scripts and debriefed. Reasonable grounds come at
/// 0m (the driver answers for him, a strong indicator shown on arrival), so every referral delay is
/// the referral's minute.
/// </summary>
public sealed class ItEdCaporalatoMistakeTests
{
    private const string Scenario = "it-ed-caporalato";

    [Fact]
    public void DriverAsInterpreterThenDischargedWithHimIsACriticalFailWithNoReferral()
    {
        var report = MistakeScript.PlayAndDebrief(Scenario, "driver-as-interpreter");

        Assert.Equal(["companion-as-interpreter", "discharged-with-companion-no-safety-plan"], report.Harms);
        Assert.True(report.CriticalFail);
        Assert.Equal(0, report.Score);
        Assert.Equal(RunOutcome.Lost, report.Outcome);
        Assert.Equal(0, report.ReasonableGroundsAt!.Value.TotalMinutes);
        Assert.True(report.ReferralMissing);
        Assert.Null(report.ReferralDelayMinutes);
        Assert.Equal(ActionStatus.NotDone, Referto(report).Status);
    }

    [Fact]
    public void HelpMadeConditionalOnAComplaintIsAMajorHarmAndHeDeclines()
    {
        var report = MistakeScript.PlayAndDebrief(Scenario, "help-conditional-on-complaint");

        Assert.Equal(["help-conditional-on-cooperation"], report.Harms);
        Assert.False(report.CriticalFail);
        Assert.Equal(10, report.Scores.HarmPenalty);
        Assert.Equal(RunOutcome.Declined, report.Outcome);
        Assert.False(report.ReferralMissing);
        Assert.Null(report.FirstCorrectReferralAt);
        Assert.Null(report.ReferralDelayMinutes);
    }

    [Fact]
    public void PoliceCalledAboutHisStatusIsAMajorHarmAndHeLeaves()
    {
        var report = MistakeScript.PlayAndDebrief(Scenario, "police-immigration-call");

        Assert.Equal(["police-without-consent"], report.Harms);
        Assert.False(report.CriticalFail);
        Assert.Equal(RunOutcome.Declined, report.Outcome);
        Assert.Null(report.ReferralDelayMinutes);
    }

    [Fact]
    public void LateReferralIsSeventyFiveMinutesAfterGroundsAndTheRefertoIsMissing()
    {
        var report = MistakeScript.PlayAndDebrief(Scenario, "late-referral-no-referto");

        Assert.Empty(report.Harms);
        Assert.Equal(RunOutcome.Referred, report.Outcome);
        Assert.Equal(75, report.ReferralDelayMinutes);
        Assert.Equal(60, report.ReferralDeadline!.Value.TotalMinutes);
        Assert.Empty(report.WrongReferrals);
        Assert.Equal(ActionStatus.NotDone, Referto(report).Status);
        Assert.True(report.Score < report.MaxScore);
    }

    private static CriticalActionResult Referto(DebriefReport report) =>
        Assert.Single(report.CriticalActions, a => a.Kind == ScoredActionKind.LegalDuty && a.Id == "referto");
}
