namespace ReferralSim.Engine.Debrief;

/// <summary>
/// Several debriefs of one scenario side by side (day 1 and day 3, team A and team B). Each row's
/// values follow <see cref="Runs"/>: dimensions and roles as the share (0–1) of the available
/// indicator weight noted; indicators as the minute first noted, null when not noted. The title
/// and the roles' names are in the first run's language, for people to read.
/// </summary>
public sealed record DebriefComparison(
    string ScenarioId,
    string Title,
    IReadOnlyList<ComparedRun> Runs,
    IReadOnlyList<ComparisonRow> Dimensions,
    IReadOnlyList<ComparisonRow> Roles,
    IReadOnlyList<ComparisonRow> Indicators,
    IReadOnlyDictionary<string, string> RoleNames);
