using Microsoft.AspNetCore.Identity;
using ReferralSim.Web.Application.Dispatching;
using ReferralSim.Web.Storage;

namespace ReferralSim.Web.Application.Facilitators;

public sealed class AddFacilitatorHandler(IFacilitatorStore facilitators, IPasswordHasher<FacilitatorRecord> hasher, TimeProvider time)
    : IRequestHandler<AddFacilitatorCommand, FacilitatorRecord>
{
    public async Task<FacilitatorRecord> Handle(AddFacilitatorCommand request, CancellationToken cancellationToken)
    {
        if (request.OnlyIfNoneExists && await facilitators.CountAsync(cancellationToken) > 0)
        {
            throw new AppException("setup-done", "a facilitator account already exists; sign in, or ask its owner to add you");
        }

        var record = new FacilitatorRecord(Guid.NewGuid(), request.UserName!.Trim(), "", time.GetUtcNow());
        record = record with { PasswordHash = hasher.HashPassword(record, request.Password!) };
        try
        {
            await facilitators.CreateAsync(record, cancellationToken);
        }
        catch (DuplicateKeyException)
        {
            throw new AppException("user-name-taken", $"there is already a facilitator called '{record.UserName}'");
        }

        return record;
    }
}
