namespace ReferralSim.Web.Storage;

public interface IStorageHealthCheck
{
    /// <summary>Runs a trivial query (within 5 seconds); never throws for a database that is down.</summary>
    Task<StorageHealth> CheckAsync(CancellationToken cancellationToken = default);
}
