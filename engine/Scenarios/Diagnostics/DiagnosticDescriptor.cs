namespace ReferralSim.Engine.Scenarios.Diagnostics;

/// <summary>A kind of problem: its stable code, its severity and a one-line explanation for authors.</summary>
public sealed record DiagnosticDescriptor(string Code, DiagnosticSeverity Severity, string Title)
{
    public Diagnostic At(SourceLocation location, string message) => new(Code, Severity, location, message);
}
