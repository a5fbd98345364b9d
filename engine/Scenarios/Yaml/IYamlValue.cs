using System.Text.Json.Nodes;

namespace ReferralSim.Engine.Scenarios.Yaml;

/// <summary>
/// A model type that reads itself from a YAML node instead of being bound field by field (a
/// duration written "15m", a guard, a localized text). The same type states its JSON Schema, so
/// the binder and the schema cannot disagree.
/// </summary>
public interface IYamlValue<TSelf> where TSelf : IYamlValue<TSelf>
{
    /// <summary>Reads the node; on a problem reports it to <paramref name="context"/> and returns <see cref="Placeholder"/>.</summary>
    static abstract TSelf Read(YamlNode node, YamlBindingContext context);

    /// <summary>What stands in for a missing or broken value so validation can go on.</summary>
    static abstract TSelf Placeholder { get; }

    static abstract JsonObject Schema(JsonSchemaWriter writer);
}
