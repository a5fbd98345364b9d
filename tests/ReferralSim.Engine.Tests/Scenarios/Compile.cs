using ReferralSim.Engine.Scenarios;
using ReferralSim.Engine.Scenarios.Diagnostics;
using Xunit.Sdk;

namespace ReferralSim.Engine.Tests.Scenarios;

/// <summary>Compiles scenario text against the test directories, and asserts on what it reports.</summary>
internal static class Compile
{
    public const string File = "scenarios/test.yaml";

    public static CompilationResult Text(string text) => ScenarioCompiler.Compile(text, File, TestDirectories.Greece);

    /// <summary>
    /// Asserts that exactly one diagnostic with <paramref name="descriptor"/>'s code was reported, at
    /// the place where <paramref name="marker"/> starts in <paramref name="text"/> (inside the unique
    /// <paramref name="within"/>, when the marker alone is not unique); returns it.
    /// </summary>
    public static Diagnostic AssertReportedAt(this CompilationResult result, DiagnosticDescriptor descriptor, string text, string marker, string? within = null)
    {
        var matching = result.Diagnostics.Where(d => d.Code == descriptor.Code).ToList();
        if (matching.Count != 1)
        {
            throw new XunitException($"expected one {descriptor.Code}, found {matching.Count}:\n{Listing(result)}");
        }

        var expected = TextPosition.Of(text, marker, within);
        var diagnostic = matching[0];
        Assert.Equal(File, diagnostic.Location.File);
        Assert.Equal(expected, new TextPosition(diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Equal(descriptor.Severity, diagnostic.Severity);
        return diagnostic;
    }

    /// <summary>As <see cref="AssertReportedAt"/>, and nothing else was reported: no cascade of follow-on diagnostics.</summary>
    public static Diagnostic AssertOnlyReportedAt(this CompilationResult result, DiagnosticDescriptor descriptor, string text, string marker, string? within = null)
    {
        var diagnostic = result.AssertReportedAt(descriptor, text, marker, within);
        if (result.Diagnostics.Count != 1)
        {
            throw new XunitException($"expected only {descriptor.Code}, found:\n{Listing(result)}");
        }

        return diagnostic;
    }

    public static string Listing(CompilationResult result) =>
        result.Diagnostics.Count == 0 ? "(no diagnostics)" : string.Join("\n", result.Diagnostics);
}
