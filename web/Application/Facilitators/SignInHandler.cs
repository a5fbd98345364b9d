using Microsoft.AspNetCore.Identity;
using ReferralSim.Web.Application.Dispatching;
using ReferralSim.Web.Storage;

namespace ReferralSim.Web.Application.Facilitators;

/// <summary>Checks a facilitator's password. Unknown name and wrong password get the same answer.</summary>
public sealed class SignInHandler(IFacilitatorStore facilitators, IPasswordHasher<FacilitatorRecord> hasher)
    : IRequestHandler<SignInQuery, FacilitatorRecord>
{
    public async Task<FacilitatorRecord> Handle(SignInQuery request, CancellationToken cancellationToken)
    {
        var record = string.IsNullOrWhiteSpace(request.UserName) ? null
            : await facilitators.FindByUserNameAsync(request.UserName.Trim(), cancellationToken);
        if (record is null || request.Password is null
            || hasher.VerifyHashedPassword(record, record.PasswordHash, request.Password) == PasswordVerificationResult.Failed)
        {
            throw new AppException("sign-in-failed", "the user name or password is not right");
        }

        return record;
    }
}
