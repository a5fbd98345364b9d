using System.Globalization;
using Microsoft.Extensions.Localization;
using ReferralSim.Web.Resources;

namespace ReferralSim.Web.Components;

/// <summary>The UI languages, and the error codes the pages explain in them.</summary>
public static class UiText
{
    public const string DefaultCulture = "en";

    /// <summary>The UI languages, in the order the switcher shows them.</summary>
    public static IReadOnlyList<string> Cultures { get; } = ["en", "el", "it"];

    /// <summary>Every code a participant's page may have to explain (join, role choice, commands).</summary>
    public static IReadOnlyList<string> ErrorCodes { get; } =
    [
        "unknown-join-code", "session-ended", "name-required", "name-too-long", "name-invalid", "code-required", "rate-limited",
        "unknown-role", "role-taken", "already-has-role", "no-role", "not-your-role", "stale-token", "participants-only",
        "session-paused", "session-not-started", "not-available-in-state", "guard-unmet", "already-done", "role-busy",
        "not-your-action", "unknown-action", "unknown-indicator", "not-seen-by-role", "already-noted", "unknown-service",
        "referral-not-allowed", "empty-message", "message-too-long", "no-recipients", "unknown-role-in-message",
        "storage-unavailable", "form-expired", "generic",
    ];

    /// <summary>The current UI language, one of <see cref="Cultures"/>.</summary>
    public static string Current => Normalize(CultureInfo.CurrentUICulture.Name);

    public static string Normalize(string? culture)
    {
        var language = (culture ?? "").Split('-')[0].ToLowerInvariant();
        return Cultures.Contains(language) ? language : DefaultCulture;
    }

    /// <summary>The localized sentence for an error code; unknown codes get the generic sentence, never the code.</summary>
    public static string Error(IStringLocalizer<Ui> localizer, string? code)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        var text = localizer["Error_" + (code ?? "generic")];
        return text.ResourceNotFound ? localizer["Error_generic"] : text;
    }

    /// <summary>Why an action is not possible now, by the engine's reason code.</summary>
    public static string Reason(IStringLocalizer<Ui> localizer, Engine.Runtime.Commands.RejectionCode? code)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        var text = localizer["Reason_" + code];
        return text.ResourceNotFound ? localizer["Reason_Other"] : text;
    }
}
