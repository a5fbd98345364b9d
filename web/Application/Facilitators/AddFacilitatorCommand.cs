using ReferralSim.Web.Application.Behaviours;
using ReferralSim.Web.Application.Dispatching;
using ReferralSim.Web.Storage;

namespace ReferralSim.Web.Application.Facilitators;

/// <summary>
/// Creates a facilitator account. There is no default password: the first account comes from
/// <c>referralsim facilitator add</c> or the first-run setup, which works only while no account
/// exists (<see cref="OnlyIfNoneExists"/>).
/// </summary>
public sealed record AddFacilitatorCommand(string? UserName, string? Password, bool OnlyIfNoneExists)
    : IRequest<FacilitatorRecord>, IValidatedRequest
{
    public const int MinPasswordLength = 10;

    public string? Validate()
    {
        var name = UserName?.Trim() ?? "";
        return name.Length is 0 or > 64 ? "a user name has 1 to 64 characters"
            : name.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)) ? "a user name has no spaces or control characters"
            : (Password?.Length ?? 0) < MinPasswordLength ? $"a password has at least {MinPasswordLength} characters"
            : null;
    }
}
