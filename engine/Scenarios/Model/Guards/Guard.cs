using System.Text.Json.Nodes;
using ReferralSim.Engine.Scenarios.Diagnostics;
using ReferralSim.Engine.Scenarios.Yaml;

namespace ReferralSim.Engine.Scenarios.Model.Guards;

/// <summary>
/// A condition written as data (<c>separated</c>, <c>[a, b]</c>, <c>{ all | any | not: [...] }</c>,
/// <c>{ in_state: s }</c>, <c>{ after | before: 30m }</c>, <c>{ done: action }</c>,
/// <c>{ revealed: indicator }</c>), so the validator can check it and the graph can show it.
/// </summary>
public abstract record Guard : IYamlValue<Guard>
{
    /// <summary>The guard that always holds: an empty <c>all</c>.</summary>
    public static Guard Placeholder { get; } = new AllGuard([]);

    public static Guard Always => Placeholder;

    public abstract bool Holds(IGuardContext context);

    /// <summary>
    /// Whether any of <paramref name="guards"/> holds. A loop rather than LINQ with a lambda: guards are
    /// asked of every action of every role whenever a live page is built.
    /// </summary>
    protected static bool AnyHolds(IReadOnlyList<Guard> guards, IGuardContext context)
    {
        ArgumentNullException.ThrowIfNull(guards);
        for (var i = 0; i < guards.Count; i++)
        {
            if (guards[i].Holds(context))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether every one of <paramref name="guards"/> holds (as <see cref="AnyHolds"/>, a loop).</summary>
    protected static bool AllHold(IReadOnlyList<Guard> guards, IGuardContext context)
    {
        ArgumentNullException.ThrowIfNull(guards);
        for (var i = 0; i < guards.Count; i++)
        {
            if (!guards[i].Holds(context))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A short English rendering for graphs and "why not" hints: <c>separated and not police_informed</c>.</summary>
    public abstract string Describe();

    /// <summary>Every guard inside this one, itself included, for validators that look for ids.</summary>
    public virtual IEnumerable<Guard> Flatten() => [this];

    public sealed override string ToString() => Describe();

    public static Guard Read(YamlNode node, YamlBindingContext context)
    {
        var guard = ReadInner(node, context);
        context.SourceMap.Record(guard, node);
        return guard;
    }

    private static Guard ReadInner(YamlNode node, YamlBindingContext context)
    {
        switch (node)
        {
            case YamlScalar { IsNull: true }:
                context.Report(DiagnosticCodes.InvalidGuard, node, "a guard cannot be empty; write a flag, a list, or one of " + string.Join(", ", Keywords));
                return Placeholder;
            case YamlScalar scalar:
                return new FlagGuard(scalar.Value);
            case YamlSequence sequence:
                return new AllGuard([.. sequence.Items.Select(item => Read(item, context))]);
        }

        var mapping = (YamlMapping)node;
        if (mapping.Entries.Count != 1)
        {
            context.Report(DiagnosticCodes.InvalidGuard, node,
                $"a guard mapping has exactly one of {string.Join(", ", Keywords)}; found {mapping.Entries.Count} keys (nest them with all/any)");
            return Placeholder;
        }

        var (key, value) = (mapping.Entries[0].Key, mapping.Entries[0].Value);
        return key.Value switch
        {
            "all" => new AllGuard(ReadList(key, value, context)),
            "any" => new AnyGuard(ReadList(key, value, context)),
            "not" => new NoneGuard(value is YamlSequence ? ReadList(key, value, context) : [Read(value, context)]),
            "in_state" => new InStateGuard(ReadId(value, context)),
            "after" => new AfterGuard(SimTime.Read(value, context)),
            "before" => new BeforeGuard(SimTime.Read(value, context)),
            "done" => new DoneGuard(ReadId(value, context)),
            "revealed" => new RevealedGuard(ReadId(value, context)),
            _ => Unknown(key, context),
        };
    }

    private static readonly string[] Keywords = ["all", "any", "not", "in_state", "after", "before", "done", "revealed"];

    private static Guard Unknown(YamlScalar key, YamlBindingContext context)
    {
        context.Report(DiagnosticCodes.UnknownKey, key,
            $"'{key.Value}' is not a guard keyword{YamlBindingContext.Suggest(key.Value, Keywords)}; use one of {string.Join(", ", Keywords)}");
        return Placeholder;
    }

    private static IReadOnlyList<Guard> ReadList(YamlScalar key, YamlNode value, YamlBindingContext context)
    {
        if (value is not YamlSequence { Items.Count: > 0 } sequence)
        {
            context.Report(DiagnosticCodes.InvalidGuard, value, $"'{key.Value}' takes a non-empty list of guards, e.g. {key.Value}: [separated, interpreter_present]");
            return [];
        }

        return [.. sequence.Items.Select(item => Read(item, context))];
    }

    private static string ReadId(YamlNode value, YamlBindingContext context)
    {
        if (value is YamlScalar scalar)
        {
            return scalar.Value;
        }

        context.Report(DiagnosticCodes.WrongType, value, $"expected an id, found {value.KindName}");
        return "";
    }

    public static JsonObject Schema(JsonSchemaWriter writer)
    {
        var guard = writer.Reference(typeof(Guard));
        var guardList = new JsonObject { ["type"] = "array", ["minItems"] = 1, ["items"] = guard.DeepClone() };
        JsonObject One(string key, JsonNode value, string description) => new()
        {
            ["type"] = "object",
            ["additionalProperties"] = false,
            ["required"] = new JsonArray(key),
            ["properties"] = new JsonObject { [key] = value },
            ["description"] = description,
        };
        var id = new JsonObject { ["type"] = "string" };
        return new JsonObject
        {
            ["description"] = "A condition: a flag, a list (all of), or one of all/any/not/in_state/after/before/done/revealed.",
            ["anyOf"] = new JsonArray(
                new JsonObject { ["type"] = "string", ["description"] = "True when this flag is set." },
                guardList.DeepClone(),
                One("all", guardList.DeepClone(), "True when every guard holds."),
                One("any", guardList.DeepClone(), "True when at least one guard holds."),
                One("not", new JsonObject { ["anyOf"] = new JsonArray(guard.DeepClone(), guardList.DeepClone()) }, "True when none of the guards holds."),
                One("in_state", id.DeepClone(), "True while the story is in this state or inside it."),
                One("after", SimTime.Schema(writer), "True once this much simulated time has passed."),
                One("before", SimTime.Schema(writer), "True until this much simulated time has passed."),
                One("done", id.DeepClone(), "True once somebody has done this action."),
                One("revealed", id.DeepClone(), "True once this indicator has been revealed.")),
        };
    }
}
