namespace ReferralSim.Engine.Debrief;

/// <summary>
/// Several debriefs of one scenario side by side (day 1 and day 3, team A and team B). Each row's
/// values follow <see cref="Runs"/>: dimensions and roles as the share (0–1) of the available
/// indicator weight noted; indicators as the minute first noted, null when not noted. Rows and harms
/// are keyed by id and code (stable, for tools), with what people read for them beside: the title,
/// roles' names and indicators' texts in the first run's language, a harm's label as the first run
/// that did it words it.
/// </summary>
public sealed record DebriefComparison(
    string ScenarioId,
    string Title,
    IReadOnlyList<ComparedRun> Runs,
    IReadOnlyList<ComparisonRow> Dimensions,
    IReadOnlyList<ComparisonRow> Roles,
    IReadOnlyList<ComparisonRow> Indicators,
    IReadOnlyDictionary<string, string> RoleNames,
    IReadOnlyDictionary<string, string> IndicatorTexts,
    IReadOnlyDictionary<string, string> HarmLabels);
