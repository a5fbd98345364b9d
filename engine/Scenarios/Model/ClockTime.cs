using System.Globalization;
using System.Text.Json.Nodes;
using ReferralSim.Engine.Scenarios.Diagnostics;
using ReferralSim.Engine.Scenarios.Yaml;

namespace ReferralSim.Engine.Scenarios.Model;

/// <summary>The time of day the story starts, shown on the participants' clock ("22:40").</summary>
public readonly record struct ClockTime(TimeOnly Value) : IYamlValue<ClockTime>
{
    public static ClockTime Placeholder => new(new TimeOnly(9, 0));

    public string At(SimTime elapsed) =>
        Value.Add(TimeSpan.FromSeconds(elapsed.Seconds)).ToString("HH:mm", CultureInfo.InvariantCulture);

    public override string ToString() => Value.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static ClockTime Read(YamlNode node, YamlBindingContext context)
    {
        if (node is YamlScalar scalar
            && TimeOnly.TryParseExact(scalar.Value, "H:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return new ClockTime(time);
        }

        context.Report(DiagnosticCodes.InvalidValue, node, $"expected a time of day such as \"22:40\", found {YamlBindingContext.Describe(node)}");
        return Placeholder;
    }

    public static JsonObject Schema(JsonSchemaWriter writer) => new()
    {
        ["type"] = "string",
        ["pattern"] = "^([01]?[0-9]|2[0-3]):[0-5][0-9]$",
        ["description"] = "A time of day, 24-hour: \"22:40\".",
    };
}
