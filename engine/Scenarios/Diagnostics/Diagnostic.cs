namespace ReferralSim.Engine.Scenarios.Diagnostics;

/// <summary>
/// One problem found in an author's file, written for the author: a stable code, where it is, and
/// what is wrong (and, where possible, what would fix it).
/// </summary>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, SourceLocation Location, string Message)
{
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>The compiler-style line: <c>file:line:col: error RS0123: message</c>.</summary>
    public override string ToString() =>
        $"{Location}: {(IsError ? "error" : "warning")} {Code}: {Message}";
}
