using ReferralSim.Engine.Scenarios.Diagnostics;

namespace ReferralSim.Engine.Tests.Debrief;

/// <summary>The scoring section is validated like the rest of the file, with located diagnostics.</summary>
public sealed class ScoringRulesTests
{
    private static IReadOnlyList<Diagnostic> CompileWith(string oldText, string newText)
    {
        var text = File.ReadAllText(RepositoryScenarios.PathOf(RepositoryScenarios.ReferencePath));
        Assert.Contains(oldText, text, StringComparison.Ordinal);
        return RepositoryScenarios.CompileText(text.Replace(oldText, newText, StringComparison.Ordinal), "gr-ed-lover-boy.yaml").Diagnostics;
    }

    [Fact]
    public void TheReferenceScenarioScoringSectionIsValid()
    {
        var result = RepositoryScenarios.Compile(RepositoryScenarios.ReferencePath);

        Assert.DoesNotContain(result.Diagnostics, d => d.Code.StartsWith("RS07", StringComparison.Ordinal));
        Assert.True(result.Succeeded);
    }

    [Fact]
    public void ACriticalActionNamingAnUnknownActionIsReportedAtItsLine()
    {
        var diagnostics = CompileWith("done_by: [ask-open-questions]", "done_by: [ask-open-question]");

        var error = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.UnknownAction.Code);
        Assert.Contains("ask-open-question'", error.Message, StringComparison.Ordinal);
        Assert.True(error.Location.Line > 1);
    }

    [Fact]
    public void AnUnknownConsentFlagAndAZeroDeadlineAreErrors()
    {
        var diagnostics = CompileWith("deadline: 60m, consent_flag: consent_to_referral", "deadline: 0m, consent_flag: consented");

        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.UnknownFlag.Code);
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.ScoringDeadlineNotPositive.Code);
    }

    [Fact]
    public void WeightsThatDoNotAddUpTo100AreAWarningAndNegativeOnesAnError()
    {
        var diagnostics = CompileWith("    timeliness: 25\n", "    timeliness: 20\n    weak: -1\n").ToList();
        diagnostics.AddRange(CompileWith("    weak: 1\n", "    weak: -1\n"));

        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.ScoringWeightsNot100.Code && !d.IsError);
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.ScoringWeightNegative.Code && d.IsError);
    }

    [Fact]
    public void AHarmCodeThatNoActionDeclaresAndAnUnknownAnchorAreErrors()
    {
        var diagnostics = CompileWith("    - code: repeated-account\n", "    - code: repeated-accounts\n").ToList();
        diagnostics.AddRange(CompileWith("from: reasonable-grounds\n    - id: professional-interpreter", "from: reasonable-ground\n    - id: professional-interpreter"));

        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.UnknownHarmCode.Code);
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.UnknownDeadlineAnchor.Code);
    }
}
