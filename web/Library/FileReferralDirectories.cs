using ReferralSim.Engine.Scenarios.Diagnostics;
using ReferralSim.Engine.Scenarios.Directories;

namespace ReferralSim.Web.Library;

/// <summary>
/// Country directories read from a folder (<c>directories/gr.yaml</c> …), each loaded once. A broken
/// directory file is reported through <see cref="Diagnostics"/> and treated as absent.
/// </summary>
public sealed class FileReferralDirectories(string folder) : IReferralDirectories
{
    private readonly Dictionary<string, ReferralDirectory?> _loaded = new(StringComparer.OrdinalIgnoreCase);
    private readonly DiagnosticBag _diagnostics = new();

    public string Folder { get; } = folder;

    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics.Items;

    /// <summary>The folder beside a scenario file: <c>scenarios/directories</c> for <c>scenarios/x.yaml</c>.</summary>
    public static FileReferralDirectories BesideScenario(string scenarioPath) =>
        new(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(scenarioPath)) ?? ".", "directories"));

    public ReferralDirectory? Find(string country)
    {
        if (_loaded.TryGetValue(country, out var cached))
        {
            return cached;
        }

        var path = Path.Combine(Folder, $"{country.ToLowerInvariant()}.yaml");
        ReferralDirectory? directory = null;
        if (File.Exists(path))
        {
            var local = new DiagnosticBag();
            directory = DirectoryLoader.Load(File.ReadAllText(path), DisplayPath(path), local);
            _diagnostics.AddRange(local.Items);
            directory = local.HasErrors ? null : directory;
        }

        _loaded[country] = directory;
        return directory;
    }

    private static string DisplayPath(string path) => Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
}
