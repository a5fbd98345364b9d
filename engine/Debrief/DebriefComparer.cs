namespace ReferralSim.Engine.Debrief;

/// <summary>Builds a <see cref="DebriefComparison"/> from reports of the same scenario.</summary>
public static class DebriefComparer
{
    public static DebriefComparison Compare(IReadOnlyList<(string Label, DebriefReport Report)> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        if (runs.Count == 0)
        {
            throw new ArgumentException("there is nothing to compare", nameof(runs));
        }

        var scenarioId = runs[0].Report.ScenarioId;
        if (runs.FirstOrDefault(r => r.Report.ScenarioId != scenarioId) is { Report: not null } other)
        {
            throw new ArgumentException($"'{other.Label}' is a run of '{other.Report.ScenarioId}', not of '{scenarioId}'; only runs of one scenario compare", nameof(runs));
        }

        var reports = runs.Select(r => r.Report).ToList();
        var dimensions = reports.SelectMany(r => r.Dimensions.Select(d => d.Dimension)).Distinct().Order()
            .Select(d => new ComparisonRow(Debriefer.Kebab(d), [.. reports.Select(r =>
                r.Dimensions.FirstOrDefault(x => x.Dimension == d) is { AvailableWeight: > 0 } x ? Share(x.NotedWeight, x.AvailableWeight) : (double?)null)]))
            .ToList();
        var roles = reports[0].Roles.Select(role => new ComparisonRow(role.Role, [.. reports.Select(r =>
                r.Roles.FirstOrDefault(x => x.Role == role.Role) is { SeenWeight: > 0 } x ? Share(x.NotedWeight, x.SeenWeight) : (double?)null)]))
            .ToList();
        var indicators = reports[0].Indicators.Where(i => i.Kind == Scenarios.Model.IndicatorKind.Indicator)
            .Select(indicator => new ComparisonRow(indicator.Id, [.. reports.Select(r =>
                r.Indicators.FirstOrDefault(x => x.Id == indicator.Id)?.FirstNotedAt?.TotalMinutes)]))
            .ToList();
        var compared = runs.Select(r => new ComparedRun(r.Label, r.Report.Score, r.Report.MaxScore, r.Report.CriticalFail,
            r.Report.Scores.Identification, r.Report.Scores.Process, r.Report.Scores.Timeliness, r.Report.Outcome,
            r.Report.ReasonableGroundsAt, r.Report.ReferralDelayMinutes, r.Report.Harms)).ToList();
        var roleNames = reports[0].Roles.ToDictionary(r => r.Role, r => r.Name, StringComparer.Ordinal);
        var indicatorTexts = reports[0].Indicators.ToDictionary(i => i.Id, i => i.Text, StringComparer.Ordinal);
        var harmLabels = reports.SelectMany(r => r.HarmDetails).DistinctBy(h => h.Code, StringComparer.Ordinal)
            .ToDictionary(h => h.Code, h => h.Label, StringComparer.Ordinal);
        return new DebriefComparison(scenarioId, reports[0].Title, compared, dimensions, roles, indicators, roleNames, indicatorTexts, harmLabels);
    }

    private static double Share(int part, int whole) => Math.Round((double)part / whole, 4);
}
