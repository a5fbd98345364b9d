using ReferralSim.Engine.Scenarios.Diagnostics;

namespace ReferralSim.Engine.Scenarios.Validation;

/// <summary>Ids are unique within their kind.</summary>
internal static class IdRules
{
    public static void Check(ValidationContext context)
    {
        var definition = context.Definition;
        Unique(context, "role", definition.Roles, r => r.Id);
        Unique(context, "character", definition.Characters, c => c.Id);
        Unique(context, "indicator", definition.Indicators, i => i.Id);
        Unique(context, "state", definition.States, s => s.Id);
        Unique(context, "action", definition.Actions, a => a.Id);
        Unique(context, "inject", definition.Injects, i => i.Id);
        var flags = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < definition.Flags.Count; i++)
        {
            if (!flags.TryAdd(definition.Flags[i], i))
            {
                context.Report(DiagnosticCodes.DuplicateId, context.Map.Item(definition.Flags, i), $"flag '{definition.Flags[i]}' is listed twice");
            }
        }
    }

    private static void Unique<T>(ValidationContext context, string kind, IEnumerable<T> items, Func<T, string> id) where T : notnull
    {
        var first = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var value = id(item);
            if (value.Length > 0 && !first.TryAdd(value, item))
            {
                context.Report(DiagnosticCodes.DuplicateId, context.Map.Of(item, "id"),
                    $"{kind} id '{value}' is already used at line {context.Map.Of(first[value]).Line}");
            }
        }
    }
}
