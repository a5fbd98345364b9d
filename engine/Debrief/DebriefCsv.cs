using System.Globalization;
using System.Text;
using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Debrief;

/// <summary>
/// A debrief as one CSV file for spreadsheets, in two sections separated by a blank line, each with
/// its own header: one row per indicator per role that saw it, then one row per scored item.
/// Fields are quoted (RFC 4180) when they hold a comma, a quote or a line break. Minutes use a dot.
/// </summary>
public static class DebriefCsv
{
    public const string IndicatorHeader = "indicator,kind,dimension,strength,weight,role,seen_at_minutes,noted_at_minutes,status";

    public const string ScoredItemHeader = "category,item,status,at_minutes,due_minutes,points,max_points";

    public static string Write(DebriefReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var csv = new StringBuilder();
        csv.Append(IndicatorHeader).Append('\n');
        foreach (var indicator in report.Indicators)
        {
            foreach (var sighting in indicator.Sightings)
            {
                Row(csv, indicator.Id, Debriefer.Kebab(indicator.Kind), indicator.Dimension is { } d ? Debriefer.Kebab(d) : "",
                    indicator.Strength is { } s ? Debriefer.Kebab(s) : "", Number(indicator.Weight), sighting.Role,
                    Minutes(sighting.SeenAt), Minutes(sighting.NotedAt), Debriefer.Kebab(indicator.Status));
            }
        }

        csv.Append('\n').Append(ScoredItemHeader).Append('\n');
        foreach (var item in report.ScoredItems)
        {
            Row(csv, Debriefer.Kebab(item.Category), item.Id, item.Status, Minutes(item.At), Minutes(item.DueAt),
                Number(Math.Round(item.Points, 4)), Number(Math.Round(item.MaxPoints, 4)));
        }

        return csv.ToString();
    }

    private static void Row(StringBuilder csv, params string[] fields)
    {
        csv.AppendJoin(',', fields.Select(Quote)).Append('\n');
    }

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;

    private static string Minutes(SimTime? time) => time is { } t ? Number(t.TotalMinutes) : "";

    private static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);
}
