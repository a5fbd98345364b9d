using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace ReferralSim.Engine.Debrief;

/// <summary>
/// The JSON form of debriefs (facilitator-guide/authoring/scoring.md documents it): camelCase
/// names, kebab-case enum values, simulated times as minutes, absent values as null.
/// </summary>
public static class DebriefJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower), new SimTimeMinutesJsonConverter() },
        WriteIndented = true,
    };

    public static string Serialize(DebriefReport report) => JsonSerializer.Serialize(report, Options);

    public static string Serialize(DebriefComparison comparison) => JsonSerializer.Serialize(comparison, Options);
}
