using ReferralSim.Engine.Scenarios.Diagnostics;
using ReferralSim.Engine.Scenarios.Model;
using ReferralSim.Engine.Scenarios.Yaml;

namespace ReferralSim.Engine.Bots;

/// <summary>
/// Where a scenario's states, indicators and expert steps are written, for the bots' diagnostics.
/// The compiler keeps no source map on a compiled scenario, so this reads the text once more with
/// the same loader; a file that no longer reads gives the file's first line.
/// </summary>
public sealed class ScenarioLocator
{
    private readonly SourceMap _map;
    private readonly ScenarioDefinition? _definition;

    public ScenarioLocator(string text, string file)
    {
        _map = new SourceMap(file);
        _definition = YamlDocumentLoader.Load<ScenarioDefinition>(text, file, new DiagnosticBag(), _map);
    }

    public SourceLocation FileStart => new(_map.File, 1, 1);

    public SourceLocation State(string id) => Of(_definition?.States.FirstOrDefault(s => s.Id == id));

    public SourceLocation Indicator(string id) => Of(_definition?.Indicators.FirstOrDefault(i => i.Id == id));

    public SourceLocation ExpertStep(int index) =>
        _definition?.Scoring?.ExpertPath is { } steps && index >= 0 && index < steps.Count ? Of(steps[index]) : FileStart;

    private SourceLocation Of(object? owner) => owner is null ? FileStart : _map.Of(owner);
}
