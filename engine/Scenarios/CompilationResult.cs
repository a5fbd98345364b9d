using ReferralSim.Engine.Scenarios.Diagnostics;

namespace ReferralSim.Engine.Scenarios;

/// <summary>The compiled scenario when there were no errors, and every diagnostic either way.</summary>
public sealed record CompilationResult(CompiledScenario? Scenario, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Scenario is not null;

    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.IsError);

    public IEnumerable<Diagnostic> Warnings => Diagnostics.Where(d => !d.IsError);
}
