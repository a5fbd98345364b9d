namespace ReferralSim.Engine.Debrief;

/// <summary>
/// What the facilitator chooses for a debrief. Scores are for learning, never for ranking people:
/// the room sees roles, not names, unless the facilitator asks.
/// </summary>
public sealed record DebriefOptions
{
    public static DebriefOptions Default { get; } = new();

    /// <summary>The language of texts drawn from the scenario (labels, prompts, indicator texts).</summary>
    public string Language { get; init; } = "en";

    /// <summary>False hides every score in what the room sees (the HTML report); the findings stay.</summary>
    public bool ShowScores { get; init; } = true;

    /// <summary>True shows <see cref="Participants"/> beside their roles; otherwise no name is ever shown.</summary>
    public bool IncludeNames { get; init; }

    /// <summary>Role → participant's display name; used only when <see cref="IncludeNames"/> is true.</summary>
    public IReadOnlyDictionary<string, string> Participants { get; init; } = new Dictionary<string, string>();
}
