using ReferralSim.Web.Application.Behaviours;
using ReferralSim.Web.Application.Dispatching;

namespace ReferralSim.Web.Application.Sessions;

/// <summary>Anyone with the code joins with a display name (the only personal data kept) and gets a token.</summary>
public sealed record JoinSessionCommand(string? JoinCode, string? DisplayName) : IRequest<Joined>, IValidatedRequest
{
    public const int MaxDisplayNameLength = 40;

    public string? Validate()
    {
        var name = DisplayName?.Trim() ?? "";
        return name.Length == 0 ? "type a display name"
            : name.Length > MaxDisplayNameLength ? $"a display name has at most {MaxDisplayNameLength} characters"
            : name.Any(char.IsControl) ? "a display name cannot contain control characters"
            : null;
    }
}

public sealed record Joined(Guid ParticipantId, Guid SessionId, string Token);
