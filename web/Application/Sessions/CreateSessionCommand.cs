using ReferralSim.Web.Application.Behaviours;
using ReferralSim.Web.Application.Dispatching;

namespace ReferralSim.Web.Application.Sessions;

/// <summary>A facilitator creates a session of a library scenario; without a seed one is drawn.</summary>
public sealed record CreateSessionCommand(Caller Caller, string ScenarioId, int? Seed, string Language)
    : IRequest<SessionCreated>, IValidatedRequest
{
    public static readonly IReadOnlyList<string> Languages = ["en", "el", "it"];

    public string? Validate() =>
        string.IsNullOrWhiteSpace(ScenarioId) ? "choose a scenario"
        : !Languages.Contains(Language) ? $"language must be one of {string.Join(", ", Languages)}"
        : null;
}

public sealed record SessionCreated(Guid SessionId, string JoinCode);
