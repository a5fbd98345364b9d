using ReferralSim.Engine.Scenarios.Diagnostics;

namespace ReferralSim.Engine.Tests.Scenarios;

/// <summary>Every id a scenario uses names something it declares, reported at the id itself.</summary>
public sealed class ReferenceTests
{
    [Fact]
    public void UnknownRoleInSeenByIsReportedAtTheRoleItself()
    {
        var text = ScenarioText.MinimalWith("seen_by: [nurse]", "seen_by: [nures]");

        var result = Compile.Text(text);

        var diagnostic = result.AssertOnlyReportedAt(DiagnosticCodes.UnknownRole, text, "nures");
        Assert.Contains("did you mean 'nurse'?", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownRoleInActionByIsReportedAtTheRole()
    {
        var text = ScenarioText.MinimalWith("    by: [nurse, doctor]\n    in:", "    by: [nurse, surgeon]\n    in:");

        var result = Compile.Text(text);

        result.AssertOnlyReportedAt(DiagnosticCodes.UnknownRole, text, "surgeon");
    }

    [Fact]
    public void UnknownRoleInNarrationToIsReportedAtTheRole()
    {
        var text = ScenarioText.MinimalWith("to: [doctor] }", "to: [docotr] }");

        var result = Compile.Text(text);

        result.AssertOnlyReportedAt(DiagnosticCodes.UnknownRole, text, "docotr");
    }

    [Fact]
    public void UnknownStateInGotoIsReportedAtTheStateWithoutUnreachableFollowOns()
    {
        var text = ScenarioText.MinimalWith("effects: { goto: examination }", "effects: { goto: examinaton }");

        var result = Compile.Text(text);

        var diagnostic = result.AssertOnlyReportedAt(DiagnosticCodes.UnknownState, text, "examinaton");
        Assert.Contains("did you mean 'examination'?", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownStateInActionInIsReportedAtTheState()
    {
        var text = ScenarioText.MinimalWith("in: [triage]", "in: [triag]");

        var result = Compile.Text(text);

        result.AssertOnlyReportedAt(DiagnosticCodes.UnknownState, text, "triag]");
    }

    [Fact]
    public void UnknownParentIsReportedAtTheParentWithoutFollowOns()
    {
        var text = ScenarioText.MinimalWith("  - id: alone\n    parent: examination", "  - id: alone\n    parent: examinaton");

        var result = Compile.Text(text);

        result.AssertOnlyReportedAt(DiagnosticCodes.UnknownState, text, "examinaton");
    }

    [Fact]
    public void UnknownStateInInStateGuardIsReportedAtTheState()
    {
        var text = ScenarioText.MinimalWith("when: { not: [separated] }\n    effects:\n      set:", "when: { in_state: with-companon }\n    effects:\n      set:");

        var result = Compile.Text(text);

        result.AssertOnlyReportedAt(DiagnosticCodes.UnknownState, text, "with-companon");
    }

    [Fact]
    public void UnknownActionInExpertPathIsReportedAtTheAction()
    {
        var text = ScenarioText.MinimalWith("do: ask-about-debt", "do: ask-about-dept");

        var result = Compile.Text(text);

        result.AssertOnlyReportedAt(DiagnosticCodes.UnknownAction, text, "ask-about-dept");
    }

    [Fact]
    public void UnknownActionInDoneGuardIsReportedAtTheAction()
    {
        var text = ScenarioText.MinimalWith("when: consent_to_referral", "when: { done: ask-about-dept }");

        var result = Compile.Text(text);

        result.AssertOnlyReportedAt(DiagnosticCodes.UnknownAction, text, "ask-about-dept");
    }

    [Fact]
    public void UnknownIndicatorInRevealIsReportedAtTheIndicator()
    {
        var text = ScenarioText.MinimalWith("reveal: [debt-to-companion]", "reveal: [debt-to-companian]");

        var result = Compile.Text(text);

        result.AssertOnlyReportedAt(DiagnosticCodes.UnknownIndicator, text, "debt-to-companian");
    }

    [Fact]
    public void UnknownIndicatorInRevealedGuardIsReportedAtTheIndicator()
    {
        var text = ScenarioText.MinimalWith("when: consent_to_referral", "when: { revealed: debt-to-companian }");

        var result = Compile.Text(text);

        result.AssertOnlyReportedAt(DiagnosticCodes.UnknownIndicator, text, "debt-to-companian");
    }

    [Fact]
    public void UnknownFlagInSetIsReportedAtTheFlag()
    {
        var text = ScenarioText.MinimalWith("set: [separated]", "set: [seperated]");

        var result = Compile.Text(text);

        result.AssertOnlyReportedAt(DiagnosticCodes.UnknownFlag, text, "seperated");
    }

    [Fact]
    public void UnknownFlagNestedInAllAndNotIsReportedAtTheFlag()
    {
        var text = ScenarioText.MinimalWith("{ all: [separated, { not: consent_to_referral }] }", "{ all: [separated, { not: consent_to_refferal }] }");

        var result = Compile.Text(text);

        var diagnostic = result.AssertOnlyReportedAt(DiagnosticCodes.UnknownFlag, text, "consent_to_refferal");
        Assert.Contains("did you mean 'consent_to_referral'?", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownFlagInHarmGuardIsReportedAtTheFlag()
    {
        var text = ScenarioText.MinimalWith("  severity: critical\n      when: { not: [separated] }", "  severity: critical\n      when: { not: [alone_with_her] }");

        var result = Compile.Text(text);

        result.AssertOnlyReportedAt(DiagnosticCodes.UnknownFlag, text, "alone_with_her");
    }

    [Fact]
    public void UnknownReferralTargetInARouteIsReportedAtTheService()
    {
        var text = ScenarioText.MinimalWith("- to: [gr-ekka-nrm]", "- to: [gr-ekka-nmr]");

        var result = Compile.Text(text);

        var diagnostic = result.AssertOnlyReportedAt(DiagnosticCodes.UnknownReferralTarget, text, "gr-ekka-nmr");
        Assert.Contains("did you mean 'gr-ekka-nrm'?", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownReferralTargetInAnExpertStepIsReportedAtTheService()
    {
        var text = ScenarioText.MinimalWith("refer: gr-ekka-nrm", "refer: gr-police");

        var result = Compile.Text(text);

        result.AssertOnlyReportedAt(DiagnosticCodes.UnknownReferralTarget, text, "gr-police");
    }

    [Fact]
    public void UnknownReferralTargetInScoringIsReportedAtTheService()
    {
        var text = ScenarioText.MinimalWith("referral: { to: [gr-ekka-nrm]", "referral: { to: [gr-a21-1109, gr-nope]");

        var result = Compile.Text(text);

        result.AssertOnlyReportedAt(DiagnosticCodes.UnknownReferralTarget, text, "gr-nope");
    }

    [Fact]
    public void UnknownCharacterInAPlaceholderIsReportedAtTheTextThatHoldsIt()
    {
        var text = ScenarioText.MinimalWith("{ en: \"{patient.first}, {patient.age}, arrives", "{ en: \"{patinet.first}, {patient.age}, arrives");

        var result = Compile.Text(text);

        var diagnostic = result.AssertOnlyReportedAt(DiagnosticCodes.UnknownPlaceholder, text, "\"{patinet.first}");
        Assert.Contains("did you mean 'patient'?", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownPlaceholderFieldIsReportedWithTheClosestField()
    {
        var text = ScenarioText.MinimalWith("{patient.first}, {patient.age}, arrives", "{patient.first}, {patient.aeg}, arrives");

        var result = Compile.Text(text);

        var diagnostic = result.AssertOnlyReportedAt(DiagnosticCodes.UnknownPlaceholder, text, "\"{patient.first}, {patient.aeg}");
        Assert.Contains("did you mean 'age'?", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateRoleIdIsReportedAtTheSecondId()
    {
        var text = ScenarioText.MinimalWith("  - id: doctor\n", "  - id: nurse # again\n");

        var result = Compile.Text(text);

        var diagnostic = result.AssertReportedAt(DiagnosticCodes.DuplicateId, text, "nurse # again");
        Assert.Contains($"line {TextPosition.Of(text, "nurse", within: "nurse\n    name: { en: Triage").Line}", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateFlagIsReportedAtTheSecondFlag()
    {
        var text = ScenarioText.MinimalWith("flags: [separated, consent_to_referral]", "flags: [separated, consent_to_referral, separated]");

        var result = Compile.Text(text);

        result.AssertOnlyReportedAt(DiagnosticCodes.DuplicateId, text, "separated]", within: "consent_to_referral, separated]");
    }
}
