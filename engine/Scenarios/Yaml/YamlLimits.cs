namespace ReferralSim.Engine.Scenarios.Yaml;

/// <summary>
/// Bounds on what an uploaded file may cost to read. A scenario of thousands of states fits well
/// inside them; a hostile file (a "billion laughs" of nested aliases, a deep bracket tower) stops
/// at once with a clear error instead of exhausting the server.
/// </summary>
public sealed record YamlLimits
{
    public static YamlLimits Default { get; } = new();

    public int MaxBytes { get; init; } = 1024 * 1024;

    public int MaxDepth { get; init; } = 64;

    /// <summary>Nodes after alias expansion; ten times a 1 MiB file's worth of plain nodes.</summary>
    public long MaxExpandedNodes { get; init; } = 2_000_000;
}
