namespace ReferralSim.Engine.Scenarios.Diagnostics;

/// <summary>Collects every problem found; the validator never stops at the first.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Exists(d => d.IsError);

    public void Add(DiagnosticDescriptor descriptor, SourceLocation location, string message) =>
        _items.Add(descriptor.At(location, message));

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    /// <summary>In file order, so an author reads them top to bottom.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        [.. _items.OrderBy(d => d.Location.File, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line).ThenBy(d => d.Location.Column)];
}
