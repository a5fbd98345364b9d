using System.Text.RegularExpressions;
using ReferralSim.Engine.Scenarios.Diagnostics;

namespace ReferralSim.Engine.Tests.Scenarios;

/// <summary>facilitator-guide/authoring/diagnostics.md explains every code, and only codes that exist.</summary>
public sealed partial class DiagnosticsDocumentationTests
{
    private static readonly Lazy<string> Text = new(() => File.ReadAllText(RepositoryScenarios.PathOf("facilitator-guide/authoring/diagnostics.md")));

    /// <summary>The codes of the '## RSxxxx: title' sections.</summary>
    private static IReadOnlyList<string> DocumentedCodes => [.. SectionHeading().Matches(Text.Value).Select(m => m.Groups["code"].Value)];

    /// <summary>The codes named by any heading at any level, so a misnumbered or misplaced heading is caught too.</summary>
    private static IReadOnlyList<string> CodesInHeadings => [.. AnyCodeHeading().Matches(Text.Value).Select(m => m.Groups["code"].Value)];

    [Fact]
    public void EveryDiagnosticCodeIsDocumented()
    {
        var missing = DiagnosticCodes.All.Select(d => d.Code).Except(DocumentedCodes, StringComparer.Ordinal).ToList();

        Assert.True(missing.Count == 0,
            $"facilitator-guide/authoring/diagnostics.md has no '## RSxxxx: ...' section for {string.Join(", ", missing)}");
    }

    [Fact]
    public void NoDocumentedCodeIsOneThatDoesNotExist()
    {
        var extra = CodesInHeadings.Except(DiagnosticCodes.All.Select(d => d.Code), StringComparer.Ordinal).ToList();

        Assert.True(extra.Count == 0,
            $"facilitator-guide/authoring/diagnostics.md documents codes that DiagnosticCodes does not have: {string.Join(", ", extra)}");
    }

    [Fact]
    public void EachCodeIsDocumentedOnceInCodeOrder()
    {
        var expected = DiagnosticCodes.All.Select(d => d.Code).Order(StringComparer.Ordinal);

        Assert.Equal(expected, DocumentedCodes);
    }

    [GeneratedRegex(@"^## (?<code>RS[0-9]{4}): \S", RegexOptions.Multiline)]
    private static partial Regex SectionHeading();

    [GeneratedRegex(@"^#+\s+.*?\b(?<code>RS[0-9]{4})\b", RegexOptions.Multiline)]
    private static partial Regex AnyCodeHeading();
}
