using ReferralSim.Engine.Scenarios.Diagnostics;

namespace ReferralSim.Engine.Scenarios.Yaml;

/// <summary>
/// A YAML node with the place it starts in the file. Our own small tree (rather than YamlDotNet's
/// representation model) so that duplicate keys, aliases and depth are ours to judge and report.
/// </summary>
public abstract record YamlNode(SourceLocation Location)
{
    /// <summary>How many nodes this one stands for once aliases are expanded; bounds binding work.</summary>
    public long ExpandedSize { get; init; } = 1;

    public abstract string KindName { get; }
}

public sealed record YamlScalar(SourceLocation Location, string Value, bool IsQuoted) : YamlNode(Location)
{
    public override string KindName => "a text or number";

    /// <summary>A plain `~`, `null` or empty value, which YAML reads as nothing.</summary>
    public bool IsNull => !IsQuoted && Value is "" or "~" or "null" or "Null" or "NULL";
}

public sealed record YamlSequence(SourceLocation Location, IReadOnlyList<YamlNode> Items) : YamlNode(Location)
{
    public override string KindName => "a list";
}

public sealed record YamlMapping(SourceLocation Location, IReadOnlyList<YamlEntry> Entries) : YamlNode(Location)
{
    public override string KindName => "a mapping";

    public YamlEntry? Find(string key) => Entries.FirstOrDefault(e => e.Key.Value == key);
}

public sealed record YamlEntry(YamlScalar Key, YamlNode Value);
