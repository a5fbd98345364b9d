using System.Runtime.CompilerServices;
using ReferralSim.Engine.Scenarios.Diagnostics;

namespace ReferralSim.Engine.Scenarios.Yaml;

/// <summary>
/// Where each object of a bound model came from, so validators can point at the exact line and
/// column of a bad id. Keyed by reference: two equal records written in two places keep two places.
/// </summary>
public sealed class SourceMap
{
    private readonly ConditionalWeakTable<object, YamlNode> _nodes = [];

    public SourceMap(string file) => File = file;

    public string File { get; }

    public void Record(object owner, YamlNode node) => _nodes.AddOrUpdate(owner, node);

    public YamlNode? NodeOf(object owner) => _nodes.TryGetValue(owner, out var node) ? node : null;

    /// <summary>Where <paramref name="owner"/> starts, or the file's start if it was not read from YAML.</summary>
    public SourceLocation Of(object? owner) =>
        owner is not null && NodeOf(owner) is { } node ? node.Location : new SourceLocation(File, 1, 1);

    /// <summary>Where the value of <paramref name="yamlKey"/> in <paramref name="owner"/>'s mapping starts.</summary>
    public SourceLocation Of(object owner, string yamlKey) =>
        NodeOf(owner) is YamlMapping mapping && mapping.Find(yamlKey) is { } entry ? entry.Value.Location : Of(owner);

    /// <summary>Where item <paramref name="index"/> of a bound list starts.</summary>
    public SourceLocation Item(object list, int index) =>
        NodeOf(list) is YamlSequence sequence && index < sequence.Items.Count ? sequence.Items[index].Location : Of(list);
}
