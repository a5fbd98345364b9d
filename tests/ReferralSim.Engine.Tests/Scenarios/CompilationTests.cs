using ReferralSim.Engine.Scenarios;
using ReferralSim.Engine.Scenarios.Diagnostics;

namespace ReferralSim.Engine.Tests.Scenarios;

public sealed class CompilationTests
{
    [Fact]
    public void MinimalScenarioCompilesWithNoDiagnosticsAtAll()
    {
        var result = Compile.Text(ScenarioText.Minimal);

        Assert.True(result.Diagnostics.Count == 0, Compile.Listing(result));
        Assert.NotNull(result.Scenario);
        Assert.Equal("test-ed-minimal", result.Scenario.Id);
        Assert.Equal("GR", result.Scenario.Directory.Country);
    }

    [Fact]
    public void CompiledScenarioIndexesTheStateHierarchy()
    {
        var scenario = Compile.Text(ScenarioText.Minimal).Scenario;

        Assert.NotNull(scenario);
        Assert.Equal("triage", scenario.Index.InitialState);
        Assert.Equal("with-companion", scenario.Index.EnteredLeaf("examination"));
        Assert.True(scenario.Index.IsWithin("alone", "examination"));
        Assert.True(scenario.Index.IsEnding("lost"));
    }

    [Fact]
    public void EveryProblemInAFileIsReportedInFileOrderNotOnlyTheFirst()
    {
        var text = ScenarioText.Replace(ScenarioText.Replace(ScenarioText.MinimalWith(
            "summary: { en:", "sumary: { en:"),
            "seen_by: [doctor]", "seen_by: [docter]"),
            "cost: 2m", "cost: 5 minutes");

        var result = Compile.Text(text);

        Assert.Equal(["RS0003", "RS0102", "RS0010"], result.Diagnostics.Select(d => d.Code));
        Assert.Equal(
            new[] { TextPosition.Of(text, "sumary"), TextPosition.Of(text, "docter"), TextPosition.Of(text, "5 minutes") },
            result.Diagnostics.Select(d => new TextPosition(d.Location.Line, d.Location.Column)));
        Assert.Null(result.Scenario);
    }

    [Fact]
    public void DiagnosticReadsAsFileLineColumnSeverityCodeAndMessage()
    {
        var diagnostic = DiagnosticCodes.UnknownRole.At(new SourceLocation("scenarios/x.yaml", 12, 7), "role 'nures' is not declared");

        Assert.Equal("scenarios/x.yaml:12:7: error RS0102: role 'nures' is not declared", diagnostic.ToString());
    }

    [Fact]
    public void WarningReadsAsWarningInTheDiagnosticLine()
    {
        var diagnostic = DiagnosticCodes.MissingTranslation.At(new SourceLocation("s.yaml", 1, 2), "no 'el' version");

        Assert.Equal("s.yaml:1:2: warning RS0401: no 'el' version", diagnostic.ToString());
    }

    [Fact]
    public void WarningsAloneDoNotStopTheScenarioCompiling()
    {
        var text = ScenarioText.MinimalWith("summary: { en: \"A short test scenario.\", el: \"Ένα σύντομο σενάριο δοκιμής.\" }",
            "summary: { en: \"A short test scenario.\" }");

        var result = Compile.Text(text);

        Assert.NotEmpty(result.Warnings);
        Assert.Empty(result.Errors);
        Assert.True(result.Succeeded);
    }

    [Fact]
    public void UnknownCountryIsReportedAtTheCountryValue()
    {
        var text = ScenarioText.MinimalWith("country: GR", "country: XK");

        var result = Compile.Text(text);

        var diagnostic = result.AssertOnlyReportedAt(DiagnosticCodes.UnknownDirectory, text, "XK");
        Assert.Contains("directories/xk.yaml", diagnostic.Message, StringComparison.Ordinal);
        Assert.Null(result.Scenario);
    }

    [Fact]
    public void CodesAreUniqueAndFollowTheRsPattern()
    {
        var codes = DiagnosticCodes.All.Select(d => d.Code).ToList();

        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(codes, code => Assert.Matches("^RS0[0-9]{3}$", code));
    }
}
