using System.Text.Json.Nodes;
using ReferralSim.Engine.Scenarios.Diagnostics;
using ReferralSim.Engine.Scenarios.Yaml;

namespace ReferralSim.Engine.Scenarios.Model;

/// <summary>An age range written as a two-item list: <c>[18, 22]</c>.</summary>
public sealed record AgeRange(int Min, int Max) : IYamlValue<AgeRange>
{
    public static AgeRange Placeholder { get; } = new(18, 30);

    public static AgeRange Read(YamlNode node, YamlBindingContext context)
    {
        if (node is YamlSequence { Items: [YamlScalar first, YamlScalar second] }
            && int.TryParse(first.Value, out var min) && int.TryParse(second.Value, out var max))
        {
            if (min < 0 || max < min || max > 120)
            {
                context.Report(DiagnosticCodes.InvalidValue, node, $"the age range [{min}, {max}] must run from a lower to a higher age between 0 and 120");
            }

            return new AgeRange(min, max);
        }

        context.Report(DiagnosticCodes.WrongType, node, $"expected an age range such as [18, 22], found {YamlBindingContext.Describe(node)}");
        return Placeholder;
    }

    public static JsonObject Schema(JsonSchemaWriter writer) => new()
    {
        ["type"] = "array",
        ["items"] = new JsonObject { ["type"] = "integer", ["minimum"] = 0, ["maximum"] = 120 },
        ["minItems"] = 2,
        ["maxItems"] = 2,
        ["description"] = "Youngest and oldest age: [18, 22].",
    };
}
