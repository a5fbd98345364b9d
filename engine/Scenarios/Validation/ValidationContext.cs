using ReferralSim.Engine.Scenarios.Diagnostics;
using ReferralSim.Engine.Scenarios.Directories;
using ReferralSim.Engine.Scenarios.Model;
using ReferralSim.Engine.Scenarios.Yaml;

namespace ReferralSim.Engine.Scenarios.Validation;

/// <summary>What every validation rule reads, and the one way they report a bad reference.</summary>
public sealed class ValidationContext(ScenarioDefinition definition, SourceMap sourceMap, DiagnosticBag diagnostics, ReferralDirectory? directory)
{
    public ScenarioDefinition Definition { get; } = definition;

    public ScenarioIndex Index { get; } = new(definition);

    public SourceMap Map { get; } = sourceMap;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public ReferralDirectory? Directory { get; } = directory;

    public void Report(DiagnosticDescriptor descriptor, SourceLocation location, string message) =>
        Diagnostics.Add(descriptor, location, message);

    /// <summary>Reports <paramref name="id"/> unless it is known. Empty ids were already reported as missing.</summary>
    public void CheckReference(string? id, IEnumerable<string> known, DiagnosticDescriptor descriptor, string kind,
        SourceLocation location, string where)
    {
        if (string.IsNullOrEmpty(id))
        {
            return;
        }

        var candidates = known as ICollection<string> ?? [.. known];
        if (!candidates.Contains(id))
        {
            Report(descriptor, location, $"{where} names {kind} '{id}', which is not declared{YamlBindingContext.Suggest(id, candidates)}");
        }
    }

    /// <summary>Checks every id of a bound list, pointing at the bad item itself.</summary>
    public void CheckReferences(IReadOnlyList<string>? ids, IEnumerable<string> known, DiagnosticDescriptor descriptor,
        string kind, string where)
    {
        if (ids is null)
        {
            return;
        }

        var candidates = known as ICollection<string> ?? [.. known];
        for (var i = 0; i < ids.Count; i++)
        {
            CheckReference(ids[i], candidates, descriptor, kind, Map.Item(ids, i), where);
        }
    }

    /// <summary>Whether the author wrote <paramref name="yamlKey"/> with a value in <paramref name="owner"/>'s mapping, readable or not.</summary>
    public bool Wrote(object owner, string yamlKey) =>
        Map.NodeOf(owner) is YamlMapping mapping && mapping.Find(yamlKey) is { Value: not YamlScalar { IsNull: true } };

    public IEnumerable<string> RoleIds => Index.Roles.Keys;

    public IEnumerable<string> StateIds => Index.States.Keys;

    public ICollection<string> ServiceIds => Directory is null ? [] : [.. Directory.Services.Select(s => s.Id)];
}
