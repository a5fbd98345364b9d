namespace ReferralSim.Web.Storage;

public interface IFacilitatorStore
{
    Task<int> CountAsync(CancellationToken cancellationToken = default);

    /// <exception cref="DuplicateKeyException">the user name is taken.</exception>
    Task CreateAsync(FacilitatorRecord facilitator, CancellationToken cancellationToken = default);

    /// <summary>User names are matched case-insensitively.</summary>
    Task<FacilitatorRecord?> FindByUserNameAsync(string userName, CancellationToken cancellationToken = default);

    Task<FacilitatorRecord?> FindAsync(Guid facilitatorId, CancellationToken cancellationToken = default);
}
