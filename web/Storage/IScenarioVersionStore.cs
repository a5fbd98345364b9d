namespace ReferralSim.Web.Storage;

public interface IScenarioVersionStore
{
    /// <summary>Stores the version unless the same (scenario id, content hash) is already stored.</summary>
    Task SaveAsync(ScenarioVersionRecord version, CancellationToken cancellationToken = default);

    Task<ScenarioVersionRecord?> FindAsync(string scenarioId, string contentHash, CancellationToken cancellationToken = default);

    /// <summary>Every stored version, newest first per scenario.</summary>
    Task<IReadOnlyList<ScenarioVersionRecord>> ListAsync(CancellationToken cancellationToken = default);
}
