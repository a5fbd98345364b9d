using Microsoft.Extensions.Localization;

namespace ReferralSim.Web.Components.Facilitator;

/// <summary>The refusals the facilitator's pages explain, each with a sentence in Facilitator*.resx.</summary>
public static class FacilitatorErrors
{
    public static IReadOnlyList<string> Codes { get; } =
    [
        "sign-in-failed", "setup-done", "user-name-required", "user-name-taken", "password-too-short", "unknown-scenario", "seed-invalid",
        "unknown-session", "not-your-session", "unknown-participant", "unknown-role", "role-taken", "unknown-inject",
        "inject-not-manual", "inject-already-fired", "inject-condition-unmet", "invalid-speed", "already-a-bot", "session-not-started",
        "session-already-started", "session-paused", "not-paused", "session-ended", "invalid-request", "form-expired", "rate-limited",
        "storage-unavailable", "end-not-confirmed", "compare-needs-two", "compare-too-many", "compare-mixed-scenarios", "compare-not-ended",
        "generic",
    ];

    /// <summary>The localized sentence for a code; an unknown code gets the generic sentence, never the code.</summary>
    public static string Text(IStringLocalizer<Resources.Facilitator> localizer, string? code)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        var text = localizer["Error_" + (code ?? "generic")];
        return text.ResourceNotFound ? localizer["Error_generic"] : text;
    }
}
