using ReferralSim.Engine.Scenarios;

namespace ReferralSim.Web.Library;

/// <summary>A compiled scenario with the exact text it came from and that text's hash (its version identity).</summary>
public sealed record LibraryScenario(CompiledScenario Scenario, string Yaml, string ContentHash)
{
    public string Id => Scenario.Id;
}
