using System.Security.Cryptography;
using System.Text;
using ReferralSim.Engine.Scenarios;
using ReferralSim.Engine.Scenarios.Diagnostics;

namespace ReferralSim.Web.Library;

/// <summary>
/// The scenarios the server offers, loaded and validated at start-up. A scenario with errors is
/// logged with its diagnostics and left out; it never stops the server. A version saved from the
/// author workbench is added with <see cref="Publish"/> (the folder itself is never written).
/// </summary>
public sealed class ScenarioLibrary
{
    private readonly Lock _publishing = new();
    private volatile Snapshot _current;

    private ScenarioLibrary(string folder, IReadOnlyList<LibraryScenario> scenarios, IReadOnlyList<Diagnostic> rejected, FileReferralDirectories directories)
    {
        Folder = folder;
        Rejected = rejected;
        Directories = directories;
        _current = new Snapshot(scenarios);
    }

    public string Folder { get; }

    /// <summary>The scenarios offered now: an immutable list, replaced as a whole when a version is published.</summary>
    public IReadOnlyList<LibraryScenario> Scenarios => _current.Scenarios;

    /// <summary>The errors of the files left out.</summary>
    public IReadOnlyList<Diagnostic> Rejected { get; }

    public FileReferralDirectories Directories { get; }

    public LibraryScenario? Find(string scenarioId) => _current.ById.GetValueOrDefault(scenarioId);

    /// <summary>
    /// Offers <paramref name="scenario"/> to new sessions when its id is new or its version is higher
    /// than the one offered now; answers whether it did. Running sessions keep the version they were
    /// created with (they are pinned to its content hash).
    /// </summary>
    public bool Publish(LibraryScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        lock (_publishing)
        {
            var current = _current;
            if (current.ById.TryGetValue(scenario.Id, out var offered) && offered.Scenario.Definition.Version >= scenario.Scenario.Definition.Version)
            {
                return false;
            }

            _current = new Snapshot([.. current.Scenarios.Where(s => s.Id != scenario.Id), scenario]);
            return true;
        }
    }

    public static ScenarioLibrary Load(string folder, Action<string, IReadOnlyList<Diagnostic>>? report = null)
    {
        var directories = new FileReferralDirectories(Path.Combine(folder, "directories"));
        var scenarios = new List<LibraryScenario>();
        var rejected = new List<Diagnostic>();
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal) : Enumerable.Empty<string>();
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var result = Compile(text, Path.GetFileName(file), directories);
            var problems = result.Scenario is null ? result.Diagnostics : [.. result.Diagnostics.Where(d => d.IsError)];
            if (result.Scenario is { } scenario && scenarios.All(s => s.Id != scenario.Id))
            {
                scenarios.Add(scenario);
            }
            else
            {
                rejected.AddRange(problems);
                report?.Invoke(file, problems);
            }
        }

        rejected.AddRange(directories.Diagnostics);
        return new ScenarioLibrary(folder, scenarios, rejected, directories);
    }

    /// <summary>Compiles a stored version's text (a session pinned to a version no longer in the folder).</summary>
    public LibraryScenario? CompileVersion(string yaml, string fileName) => Compile(yaml, fileName, Directories).Scenario;

    public static string HashOf(string yaml) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(yaml)))[..32];

    private static (LibraryScenario? Scenario, IReadOnlyList<Diagnostic> Diagnostics) Compile(string text, string fileName, FileReferralDirectories directories)
    {
        var result = ScenarioCompiler.Compile(text, fileName, directories);
        return (result.Scenario is { } compiled ? new LibraryScenario(compiled, text, HashOf(text)) : null, result.Diagnostics);
    }

    private sealed class Snapshot(IReadOnlyList<LibraryScenario> scenarios)
    {
        public IReadOnlyList<LibraryScenario> Scenarios { get; } = scenarios;

        public Dictionary<string, LibraryScenario> ById { get; } = scenarios.ToDictionary(s => s.Id, StringComparer.Ordinal);
    }
}
