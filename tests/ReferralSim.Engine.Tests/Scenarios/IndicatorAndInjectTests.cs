using ReferralSim.Engine.Scenarios.Diagnostics;

namespace ReferralSim.Engine.Tests.Scenarios;

/// <summary>Indicators rest on the taxonomy, personas can be invented, injects can fire, expert steps can be played, texts have their languages.</summary>
public sealed class IndicatorAndInjectTests
{
    [Fact]
    public void UnknownTaxonomyIdIsReportedAtTheSource()
    {
        var text = ScenarioText.MinimalWith("source: H-04", "source: H-40");

        var result = Compile.Text(text);

        result.AssertOnlyReportedAt(DiagnosticCodes.UnknownTaxonomyId, text, "H-40");
    }

    [Fact]
    public void StrengthDifferingFromTheTaxonomyIsAWarningAtTheStrength()
    {
        var text = ScenarioText.MinimalWith("source: H-04\n    strength: strong", "source: H-04\n    strength: weak");

        var result = Compile.Text(text);

        var diagnostic = result.AssertOnlyReportedAt(DiagnosticCodes.StrengthDiffers, text, "weak");
        Assert.Contains("the taxonomy rates H-04", diagnostic.Message, StringComparison.Ordinal);
        Assert.True(result.Succeeded);
    }

    [Fact]
    public void TrueIndicatorWithoutStrengthIsIncompleteAtTheIndicator()
    {
        var text = ScenarioText.MinimalWith("source: H-04\n    strength: strong\n", "source: H-04\n");

        var result = Compile.Text(text);

        result.AssertOnlyReportedAt(DiagnosticCodes.IndicatorIncomplete, text, "id: debt-to-companion");
    }

    [Fact]
    public void IndicatorSeenByAnEmptyListIsIncompleteAtTheList()
    {
        var text = ScenarioText.MinimalWith("seen_by: [doctor]", "seen_by: []");

        var result = Compile.Text(text);

        result.AssertOnlyReportedAt(DiagnosticCodes.IndicatorIncomplete, text, "[]");
    }

    [Fact]
    public void DistractorNeedsNoSourceOrStrength()
    {
        var result = Compile.Text(ScenarioText.Minimal);

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "RS0115");
    }

    [Fact]
    public void UnsupportedNationalityIsReportedAtTheCode()
    {
        var text = ScenarioText.MinimalWith("nationality: [NG, RO]", "nationality: [NG, XX]");

        var result = Compile.Text(text);

        var diagnostic = result.AssertOnlyReportedAt(DiagnosticCodes.UnsupportedNationality, text, "XX");
        Assert.Contains("supported: GR, AL", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ExpertStepByARoleThatMayNotTakeTheActionIsReportedAtTheRole()
    {
        var text = ScenarioText.MinimalWith("{ by: doctor, do: ask-about-debt }", "{ by: nurse, do: ask-about-debt }");

        var result = Compile.Text(text);

        var diagnostic = result.AssertOnlyReportedAt(DiagnosticCodes.RoleMayNotAct, text, "nurse, do: ask-about-debt");
        Assert.Contains("its 'by' lists doctor", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ExpertStepReferringByARoleThatMayNotReferIsReportedAtTheRole()
    {
        var text = ScenarioText.MinimalWith("{ by: doctor, refer: gr-ekka-nrm }", "{ by: nurse, refer: gr-ekka-nrm }");

        var result = Compile.Text(text);

        result.AssertOnlyReportedAt(DiagnosticCodes.RoleMayNotAct, text, "nurse, refer");
    }

    [Fact]
    public void ExpertStepWithBothDoAndReferIsReportedAtTheStep()
    {
        var text = ScenarioText.MinimalWith("{ by: doctor, refer: gr-ekka-nrm }", "{ by: doctor, do: ask-about-debt, refer: gr-ekka-nrm }");

        var result = Compile.Text(text);

        result.AssertOnlyReportedAt(DiagnosticCodes.MissingField, text, "{ by: doctor, do: ask-about-debt, refer");
    }

    [Fact]
    public void InjectWithNeitherAtWhenNorManualNeverFiresAndIsReportedAtTheInject()
    {
        var text = ScenarioText.MinimalWith("referral:\n", "  - id: never # no trigger\n    effects: { set: [separated] }\nreferral:\n");

        var result = Compile.Text(text);

        result.AssertOnlyReportedAt(DiagnosticCodes.InjectNeverFires, text, "id: never");
    }

    [Fact]
    public void ManualInjectNeedsNoTrigger()
    {
        var text = ScenarioText.MinimalWith("referral:\n", "  - id: interpreter-delayed\n    manual: true\n    effects: { set: [separated] }\nreferral:\n");

        var result = Compile.Text(text);

        Assert.True(result.Diagnostics.Count == 0, Compile.Listing(result));
    }

    [Fact]
    public void InjectTimedAfterTheClockLimitIsAWarningAtItsTime()
    {
        var text = ScenarioText.MinimalWith("at: 35m", "at: 2h30m");

        var result = Compile.Text(text);

        var diagnostic = result.AssertOnlyReportedAt(DiagnosticCodes.InjectAfterLimit, text, "2h30m");
        Assert.Contains("after the clock's limit of 2h", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GuardMappingWithTwoKeywordsIsInvalidAtTheGuard()
    {
        var text = ScenarioText.MinimalWith("when: consent_to_referral", "when: { any: [separated], not: [consent_to_referral] }");

        var result = Compile.Text(text);

        result.AssertOnlyReportedAt(DiagnosticCodes.InvalidGuard, text, "{ any: [separated], not");
    }

    [Fact]
    public void EmptyAllIsAnInvalidGuardAtTheList()
    {
        var text = ScenarioText.MinimalWith("when: consent_to_referral", "when: { all: [] }");

        var result = Compile.Text(text);

        result.AssertOnlyReportedAt(DiagnosticCodes.InvalidGuard, text, "[] }");
    }

    [Fact]
    public void UnknownGuardKeywordIsAnUnknownKeyWithTheClosestKeyword()
    {
        var text = ScenarioText.MinimalWith("when: consent_to_referral", "when: { in_sate: alone }");

        var result = Compile.Text(text);

        var diagnostic = result.AssertOnlyReportedAt(DiagnosticCodes.UnknownKey, text, "in_sate");
        Assert.Contains("did you mean 'in_state'?", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TextWithOnlyTheDefaultLanguageIsAWarningNamingTheMissingLanguages()
    {
        var text = ScenarioText.Replace(ScenarioText.MinimalWith("languages: [en, el]", "languages: [en, el, it]"),
            "summary: { en: \"A short test scenario.\", el: \"Ένα σύντομο σενάριο δοκιμής.\" }", "summary: { en: \"A short test scenario.\" }");

        var result = Compile.Text(text);

        var summary = TextPosition.Of(text, "{ en: \"A short test scenario.\" }");
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Location.Line == summary.Line);
        Assert.Equal(("RS0401", DiagnosticSeverity.Warning, summary.Column), (diagnostic.Code, diagnostic.Severity, diagnostic.Location.Column));
        Assert.Contains("no 'el', 'it' version", diagnostic.Message, StringComparison.Ordinal);
        Assert.All(result.Diagnostics, d => Assert.Equal("RS0401", d.Code));
        Assert.True(result.Succeeded);
    }

    [Fact]
    public void TextMissingOneTranslationIsASingleWarningAtTheText()
    {
        var text = ScenarioText.MinimalWith("summary: { en: \"A short test scenario.\", el: \"Ένα σύντομο σενάριο δοκιμής.\" }",
            "summary: { en: \"A short test scenario.\" }");

        var result = Compile.Text(text);

        var diagnostic = result.AssertOnlyReportedAt(DiagnosticCodes.MissingTranslation, text, "{ en: \"A short test scenario.\" }");
        Assert.Contains("no 'el' version; 'en' will be shown instead", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TextWithoutTheDefaultLanguageIsAnErrorAtTheText()
    {
        var text = ScenarioText.MinimalWith("summary: { en: \"A short test scenario.\", el: \"Ένα σύντομο σενάριο δοκιμής.\" }",
            "summary: { el: \"Ένα σύντομο σενάριο δοκιμής.\" }");

        var result = Compile.Text(text);

        result.AssertOnlyReportedAt(DiagnosticCodes.MissingDefaultLanguage, text, "{ el: \"Ένα σύντομο");
    }

    [Fact]
    public void PlainStringTextCountsAsTheDefaultLanguage()
    {
        var text = ScenarioText.MinimalWith("summary: { en: \"A short test scenario.\", el: \"Ένα σύντομο σενάριο δοκιμής.\" }",
            "summary: \"A short test scenario.\"");

        var result = Compile.Text(text);

        var diagnostic = result.AssertOnlyReportedAt(DiagnosticCodes.MissingTranslation, text, "\"A short test scenario.\"");
        Assert.Contains("'el'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyGuardInsideNotIsInvalidNotAFlagNamedTilde()
    {
        var text = ScenarioText.MinimalWith("when: consent_to_referral", "when: { not: ~ }");

        var result = Compile.Text(text);

        result.AssertOnlyReportedAt(DiagnosticCodes.InvalidGuard, text, "~");
    }
}
