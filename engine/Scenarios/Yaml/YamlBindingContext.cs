using ReferralSim.Engine.Scenarios.Diagnostics;

namespace ReferralSim.Engine.Scenarios.Yaml;

/// <summary>What binding needs to hand around: where to report problems and where to record positions.</summary>
public sealed class YamlBindingContext(DiagnosticBag diagnostics, SourceMap sourceMap)
{
    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public SourceMap SourceMap { get; } = sourceMap;

    public void Report(DiagnosticDescriptor descriptor, YamlNode node, string message) =>
        Diagnostics.Add(descriptor, node.Location, message);

    /// <summary>How a found value reads in a message: <c>'abc'</c>, <c>a list</c>, <c>a mapping</c>.</summary>
    public static string Describe(YamlNode node) => node is YamlScalar scalar ? $"'{Shorten(scalar.Value)}'" : node.KindName;

    /// <summary><c>; did you mean 'x'?</c> when a candidate is close enough to be a likely typo, else empty.</summary>
    public static string Suggest(string value, IEnumerable<string> candidates) =>
        Spelling.Closest(value, candidates) is { } best ? $"; did you mean '{best}'?" : "";

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..37] + "...";
}
