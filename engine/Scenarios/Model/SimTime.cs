using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ReferralSim.Engine.Scenarios.Diagnostics;
using ReferralSim.Engine.Scenarios.Yaml;

namespace ReferralSim.Engine.Scenarios.Model;

/// <summary>
/// Simulated time: a moment since the run began, or a duration. Whole seconds, so logs are exact
/// and byte-identical across machines. Written as authors write it: "90s", "15m", "1h30m".
/// </summary>
public readonly partial record struct SimTime(int Seconds) : IComparable<SimTime>, IYamlValue<SimTime>
{
    public static SimTime Zero { get; } = new(0);

    public static SimTime Placeholder => Zero;

    public double TotalMinutes => Seconds / 60.0;

    public static SimTime FromMinutes(int minutes) => new(minutes * 60);

    public static SimTime operator +(SimTime a, SimTime b) => new(a.Seconds + b.Seconds);

    public static SimTime operator -(SimTime a, SimTime b) => new(a.Seconds - b.Seconds);

    public static bool operator <(SimTime a, SimTime b) => a.Seconds < b.Seconds;

    public static bool operator >(SimTime a, SimTime b) => a.Seconds > b.Seconds;

    public static bool operator <=(SimTime a, SimTime b) => a.Seconds <= b.Seconds;

    public static bool operator >=(SimTime a, SimTime b) => a.Seconds >= b.Seconds;

    public static SimTime Max(SimTime a, SimTime b) => a >= b ? a : b;

    public int CompareTo(SimTime other) => Seconds.CompareTo(other.Seconds);

    public static bool TryParse(string? text, out SimTime time)
    {
        time = Zero;
        var match = text is null ? null : DurationPattern().Match(text.Trim());
        if (match is null || !match.Success || match.Length == 0 || !match.Groups.Values.Skip(1).Any(g => g.Success))
        {
            return false;
        }

        long total = 0;
        foreach (var (group, unit) in new[] { ("h", 3600), ("m", 60), ("s", 1) })
        {
            if (match.Groups[group].Success)
            {
                total += long.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) * unit;
            }
        }

        if (total > int.MaxValue)
        {
            return false;
        }

        time = new SimTime((int)total);
        return true;
    }

    public static SimTime Parse(string text) =>
        TryParse(text, out var time) ? time : throw new FormatException($"'{text}' is not a duration such as 90s, 15m or 1h30m");

    public override string ToString()
    {
        if (Seconds == 0)
        {
            return "0m";
        }

        var builder = new StringBuilder();
        var rest = Math.Abs(Seconds);
        if (Seconds < 0)
        {
            builder.Append('-');
        }

        if (rest >= 3600)
        {
            builder.Append(CultureInfo.InvariantCulture, $"{rest / 3600}h");
            rest %= 3600;
        }

        if (rest >= 60)
        {
            builder.Append(CultureInfo.InvariantCulture, $"{rest / 60}m");
            rest %= 60;
        }

        if (rest > 0)
        {
            builder.Append(CultureInfo.InvariantCulture, $"{rest}s");
        }

        return builder.ToString();
    }

    public static SimTime Read(YamlNode node, YamlBindingContext context)
    {
        if (node is YamlScalar scalar && TryParse(scalar.Value, out var time))
        {
            return time;
        }

        context.Report(DiagnosticCodes.InvalidValue, node,
            $"expected a duration such as 90s, 15m, 2h or 1h30m, found {YamlBindingContext.Describe(node)}");
        return Zero;
    }

    public static JsonObject Schema(JsonSchemaWriter writer) => new()
    {
        ["type"] = "string",
        ["pattern"] = "^([0-9]+h)?([0-9]+m)?([0-9]+s)?$",
        ["description"] = "A simulated duration: 90s, 15m, 2h or 1h30m.",
    };

    [GeneratedRegex(@"^(?:(?<h>\d+)h)?(?:(?<m>\d+)m)?(?:(?<s>\d+)s)?$")]
    private static partial Regex DurationPattern();
}
