using ReferralSim.Web.Application.Authoring;

namespace ReferralSim.Web.Components.Author;

/// <summary>Everything the workbench page shows: the library to start from, the text, and the result of the last thing asked.</summary>
public sealed record AuthorPageView
{
    public required IReadOnlyList<AuthorLibraryEntry> Library { get; init; }

    public string? SelectedId { get; init; }

    public string Yaml { get; init; } = "";

    /// <summary>Null until the text has been checked on the server (a page without script shows what the last post found).</summary>
    public IReadOnlyList<AuthorDiagnostic>? Diagnostics { get; init; }

    public string Bots { get; init; } = "expert";

    public int Seed { get; init; } = 1;

    public AuthorDryRunView? DryRun { get; init; }

    public ScenarioVersionSaved? Saved { get; init; }

    /// <summary>An error code (Author.resx <c>Error_…</c>) for the last thing asked.</summary>
    public string? Error { get; init; }

    /// <summary>This response's style nonce (see the workbench's Content-Security-Policy), for the editor's and the graph's style elements.</summary>
    public string StyleNonce { get; init; } = "";

    /// <summary>The refusal's own sentence (why the scenario cannot be saved, say), shown under the localized one.</summary>
    public string? ErrorDetail { get; init; }
}

public sealed record AuthorLibraryEntry(string Id, int Version, string Title);

/// <param name="DebriefUrl">The debrief document, kept for a while for the facilitator who ran it.</param>
public sealed record AuthorDryRunView(string Bots, int Seed, string? Outcome, int EventCount, double? Score, int? MaxScore, string? DebriefUrl);
