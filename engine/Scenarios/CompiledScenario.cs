using ReferralSim.Engine.Scenarios.Directories;
using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Scenarios;

/// <summary>A scenario that passed validation, with its index and its country's directory: what runs use.</summary>
public sealed class CompiledScenario
{
    internal CompiledScenario(ScenarioDefinition definition, ReferralDirectory directory, string sourceFile)
    {
        Definition = definition;
        Index = new ScenarioIndex(definition);
        Directory = directory;
        SourceFile = sourceFile;
    }

    public ScenarioDefinition Definition { get; }

    public ScenarioIndex Index { get; }

    public ReferralDirectory Directory { get; }

    public string SourceFile { get; }

    public string Id => Definition.Id;
}
