using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using ReferralSim.Engine.Runtime.Events;

namespace ReferralSim.Engine.Runtime.Serialization;

/// <summary>
/// Event logs as JSON Lines: one event a line, properties in declaration order, so the same run
/// always gives the same bytes. Greek and Italian text stays readable; HTML-significant characters
/// stay escaped.
/// </summary>
public static class RunEventJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower), new SimTimeJsonConverter() },
        WriteIndented = false,
    };

    public static string Serialize(RunEvent runEvent) => JsonSerializer.Serialize(runEvent, Options);

    public static RunEvent Deserialize(string line) =>
        JsonSerializer.Deserialize<RunEvent>(line, Options) ?? throw new JsonException("an event line is empty");

    public static string ToJsonLines(IEnumerable<RunEvent> events) => string.Concat(events.Select(e => Serialize(e) + "\n"));

    /// <summary>Reads a JSON Lines log; blank lines are allowed, a broken line is reported with its number.</summary>
    public static IReadOnlyList<RunEvent> FromJsonLines(string text)
    {
        var events = new List<RunEvent>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            try
            {
                events.Add(Deserialize(lines[i]));
            }
            catch (JsonException error)
            {
                throw new FormatException($"line {i + 1}: not a ReferralSim event ({error.Message})", error);
            }
        }

        return events;
    }
}
