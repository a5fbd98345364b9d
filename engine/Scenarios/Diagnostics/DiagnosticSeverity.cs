namespace ReferralSim.Engine.Scenarios.Diagnostics;

public enum DiagnosticSeverity
{
    Warning,
    Error,
}
