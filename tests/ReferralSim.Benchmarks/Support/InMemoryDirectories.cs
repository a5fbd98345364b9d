using ReferralSim.Engine.Scenarios.Diagnostics;
using ReferralSim.Engine.Scenarios.Directories;

namespace ReferralSim.Benchmarks.Support;

/// <summary>
/// Country directories loaded once from <c>scenarios/directories</c> and then served from memory,
/// so a compile benchmark measures the scenario, not the file system or the directory's YAML.
/// </summary>
internal sealed class InMemoryDirectories : IReferralDirectories
{
    private readonly Dictionary<string, ReferralDirectory> _byCountry = new(StringComparer.OrdinalIgnoreCase);

    private InMemoryDirectories()
    {
    }

    public static InMemoryDirectories Greece { get; } = Load("GR");

    public ReferralDirectory? Find(string country) => _byCountry.GetValueOrDefault(country);

    private static InMemoryDirectories Load(params string[] countries)
    {
        var host = new InMemoryDirectories();
        foreach (var country in countries)
        {
            var file = $"scenarios/directories/{country.ToLowerInvariant()}.yaml";
            var diagnostics = new DiagnosticBag();
            var directory = DirectoryLoader.Load(Repository.ReadText(file), file, diagnostics);
            if (directory is null || diagnostics.HasErrors)
            {
                throw new InvalidOperationException($"{file} does not load: {string.Join("; ", diagnostics.Items)}");
            }

            host._byCountry[country] = directory;
        }

        return host;
    }
}
