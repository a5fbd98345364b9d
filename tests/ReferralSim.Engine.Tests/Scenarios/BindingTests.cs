using ReferralSim.Engine.Scenarios.Diagnostics;

namespace ReferralSim.Engine.Tests.Scenarios;

/// <summary>Binding YAML to the model: unknown keys, wrong types, missing fields, invalid values.</summary>
public sealed class BindingTests
{
    [Fact]
    public void UnknownKeyIsReportedAtTheKeyWithTheClosestField()
    {
        var text = ScenarioText.MinimalWith("seen_by: [nurse]", "seen_bye: [nurse]");

        var result = Compile.Text(text);

        var diagnostic = result.AssertReportedAt(DiagnosticCodes.UnknownKey, text, "seen_bye");
        Assert.Contains("did you mean 'seen_by'?", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownKeyFarFromEveryFieldGetsNoSuggestion()
    {
        var text = ScenarioText.MinimalWith("  speed: 1\n", "  speed: 1\n  xyzzy: 2\n");

        var result = Compile.Text(text);

        var diagnostic = result.AssertOnlyReportedAt(DiagnosticCodes.UnknownKey, text, "xyzzy");
        Assert.DoesNotContain("did you mean", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ListWhereTextIsExpectedIsAWrongTypeAtTheList()
    {
        var text = ScenarioText.MinimalWith("code: interview-in-front-of-companion", "code: [interview, companion]");

        var result = Compile.Text(text);

        var diagnostic = result.AssertOnlyReportedAt(DiagnosticCodes.WrongType, text, "[interview, companion]");
        Assert.Contains("expected a text, found a list", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ListWhereALocalizedTextIsExpectedIsAWrongTypeAtTheList()
    {
        var text = ScenarioText.MinimalWith("summary: { en: \"A short test scenario.\", el: \"Ένα σύντομο σενάριο δοκιμής.\" }",
            "summary: [A short test scenario]");

        var result = Compile.Text(text);

        result.AssertOnlyReportedAt(DiagnosticCodes.WrongType, text, "[A short test scenario]");
    }

    [Fact]
    public void TextWhereAWholeNumberIsExpectedIsAWrongTypeAtTheText()
    {
        var text = ScenarioText.MinimalWith("version: 1", "version: one");

        var result = Compile.Text(text);

        var diagnostic = result.AssertOnlyReportedAt(DiagnosticCodes.WrongType, text, "one", within: "version: one");
        Assert.Contains("expected a whole number, found 'one'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TextWhereANumberIsExpectedIsAWrongTypeAtTheText()
    {
        var text = ScenarioText.MinimalWith("speed: 1", "speed: fast");

        var result = Compile.Text(text);

        result.AssertOnlyReportedAt(DiagnosticCodes.WrongType, text, "fast");
    }

    [Fact]
    public void MissingRequiredFieldIsReportedAtItsMappingAndNamesTheField()
    {
        var text = ScenarioText.MinimalWith(
            "    briefing: { en: \"You are called to the examination room.\", el: \"Σας καλούν στην αίθουσα εξέτασης.\" }\n", "");

        var result = Compile.Text(text);

        var diagnostic = result.AssertOnlyReportedAt(DiagnosticCodes.MissingField, text, "id: doctor");
        Assert.Contains("role 'doctor' is missing the required field 'briefing'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RequiredFieldWithNoValueIsReportedAtItsKey()
    {
        var text = ScenarioText.MinimalWith("label: { en: \"Ask her gently about money\", el: \"Ρωτήστε την ήπια για χρήματα\" }", "label: # to do");

        var result = Compile.Text(text);

        var diagnostic = result.AssertOnlyReportedAt(DiagnosticCodes.MissingField, text, "label: # to do");
        Assert.Contains("action 'ask-about-debt' has 'label' with no value", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyScenarioIdIsReportedAtItsKey()
    {
        var text = ScenarioText.MinimalWith("id: test-ed-minimal", "id: ~");

        var result = Compile.Text(text);

        result.AssertOnlyReportedAt(DiagnosticCodes.MissingField, text, "id: ~");
    }

    [Fact]
    public void MissingSeenByIsReportedOnceAsAMissingField()
    {
        var text = ScenarioText.MinimalWith("    seen_by: [nurse]\n", "");

        var result = Compile.Text(text);

        result.AssertOnlyReportedAt(DiagnosticCodes.MissingField, text, "id: late-at-night");
    }

    [Fact]
    public void MissingClockLimitIsReportedOnceAtTheClock()
    {
        var text = ScenarioText.MinimalWith("  limit: 120m\n", "");

        var result = Compile.Text(text);

        result.AssertOnlyReportedAt(DiagnosticCodes.MissingField, text, "start: \"22:40\"");
    }

    [Fact]
    public void InvalidDurationIsAnInvalidValueAtTheDuration()
    {
        var text = ScenarioText.MinimalWith("cost: 2m", "cost: 5 minutes");

        var result = Compile.Text(text);

        var diagnostic = result.AssertOnlyReportedAt(DiagnosticCodes.InvalidValue, text, "5 minutes");
        Assert.Contains("expected a duration such as 90s, 15m, 2h or 1h30m", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidTimeOfDayIsAnInvalidValueAtTheTime()
    {
        var text = ScenarioText.MinimalWith("start: \"22:40\"", "start: \"25:40\"");

        var result = Compile.Text(text);

        result.AssertOnlyReportedAt(DiagnosticCodes.InvalidValue, text, "\"25:40\"");
    }

    [Fact]
    public void InvalidEnumValueIsReportedWithTheClosestValue()
    {
        var text = ScenarioText.MinimalWith("source: H-04\n    strength: strong", "source: H-04\n    strength: strnog");

        var result = Compile.Text(text);

        var diagnostic = result.AssertOnlyReportedAt(DiagnosticCodes.InvalidValue, text, "strnog");
        Assert.Contains("did you mean 'strong'?", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidRequiredEnumValueIsReportedOnce()
    {
        var text = ScenarioText.MinimalWith("outcome: lost", "outcome: lsot");

        var result = Compile.Text(text);

        var diagnostic = result.AssertOnlyReportedAt(DiagnosticCodes.InvalidValue, text, "lsot");
        Assert.Contains("did you mean 'lost'?", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidAgeRangeIsAnInvalidValueAtTheRange()
    {
        var text = ScenarioText.MinimalWith("age: [24, 35]", "age: [35, 24]");

        var result = Compile.Text(text);

        result.AssertOnlyReportedAt(DiagnosticCodes.InvalidValue, text, "[35, 24]");
    }

    [Fact]
    public void LanguageKeyThatIsNotACodeIsReportedAtTheKey()
    {
        var text = ScenarioText.MinimalWith("name: { en: Triage nurse,", "name: { eng: Triage nurse,");

        var result = Compile.Text(text);

        var diagnostic = result.AssertReportedAt(DiagnosticCodes.UnknownLanguage, text, "eng:");
        Assert.All(result.Diagnostics.Where(d => d != diagnostic), d => Assert.Equal("RS0402", d.Code));
    }

    [Fact]
    public void ScenarioLanguageThatIsNotACodeIsReportedAtTheItem()
    {
        var text = ScenarioText.MinimalWith("languages: [en, el]", "languages: [en, el, ita]");

        var result = Compile.Text(text);

        result.AssertReportedAt(DiagnosticCodes.UnknownLanguage, text, "ita", within: "[en, el, ita]");
    }

    [Fact]
    public void ListInsteadOfATranslationIsOneWrongTypeNotAlsoAMissingLanguage()
    {
        var text = ScenarioText.MinimalWith("label: { en: \"Ask her gently about money\",", "label: { en: [ask, gently],");

        var result = Compile.Text(text);

        result.AssertOnlyReportedAt(DiagnosticCodes.WrongType, text, "[ask, gently]");
    }

    [Fact]
    public void WrongTypeForAMappingNamesTheRequiredFields()
    {
        var text = ScenarioText.MinimalWith("persona: { gender: male, age: [24, 35], nationality: [GR] }", "persona: male");

        var result = Compile.Text(text);

        var diagnostic = result.AssertOnlyReportedAt(DiagnosticCodes.WrongType, text, "male", within: "persona: male");
        Assert.Equal("expected persona spec as a mapping, found 'male'", diagnostic.Message);
    }
}
