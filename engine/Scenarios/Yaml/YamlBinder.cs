using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using ReferralSim.Engine.Scenarios.Diagnostics;

namespace ReferralSim.Engine.Scenarios.Yaml;

/// <summary>
/// Binds a YAML tree to model records, reporting every unknown key, wrong type and missing field
/// with its place, and never stopping at the first. Where a value is broken a placeholder stands in,
/// so later checks still run over the rest of the file.
/// </summary>
public static class YamlBinder
{
    private static readonly ConcurrentDictionary<Type, Func<YamlNode, YamlBindingContext, object>> CustomReaders = new();
    private static readonly ConcurrentDictionary<Type, Func<object>> CustomPlaceholders = new();

    public static T Bind<T>(YamlNode node, YamlBindingContext context) where T : notnull =>
        (T)Bind(typeof(T), node, context);

    public static object Bind(Type type, YamlNode node, YamlBindingContext context)
    {
        switch (YamlShape.For(type))
        {
            case CustomShape custom:
                var value = CustomReader(custom.Type)(node, context);
                if (!value.GetType().IsValueType)
                {
                    context.SourceMap.Record(value, node);
                }

                return value;
            case ScalarShape scalar:
                return BindScalar(scalar.Type, node, context);
            case EnumShape enumShape:
                return BindEnum(enumShape, node, context);
            case ListShape list:
                return BindList(list, node, context);
            case ObjectShape objectShape:
                return BindObject(objectShape, node, context);
            default:
                throw new NotSupportedException(type.Name);
        }
    }

    /// <summary>What stands in for a missing or broken value of <paramref name="type"/>.</summary>
    public static object Placeholder(Type type) => YamlShape.For(type) switch
    {
        CustomShape custom => CustomPlaceholders.GetOrAdd(custom.Type, CreatePlaceholderFactory)(),
        ScalarShape { Type: var t } when t == typeof(string) => "",
        ScalarShape { Type: var t } => Activator.CreateInstance(t)!,
        EnumShape { Type: var t } => Enum.ToObject(t, 0),
        ListShape list => Array.CreateInstance(list.ItemType, 0),
        ObjectShape objectShape => PlaceholderObject(objectShape),
        _ => throw new NotSupportedException(type.Name),
    };

    private static object BindObject(ObjectShape shape, YamlNode node, YamlBindingContext context)
    {
        if (node is not YamlMapping mapping)
        {
            context.Report(DiagnosticCodes.WrongType, node,
                $"expected {shape.Label} as a mapping{FieldsOf(shape)}, found {YamlBindingContext.Describe(node)}");
            return PlaceholderObject(shape);
        }

        var instance = Activator.CreateInstance(shape.Type)!;
        context.SourceMap.Record(instance, node);
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in mapping.Entries)
        {
            var field = shape.Field(entry.Key.Value);
            if (field is null)
            {
                context.Report(DiagnosticCodes.UnknownKey, entry.Key,
                    $"a {shape.Label} has no field '{entry.Key.Value}'{YamlBindingContext.Suggest(entry.Key.Value, shape.Fields.Select(f => f.Key))}; " +
                    $"its fields are {string.Join(", ", shape.Fields.Select(f => f.Key))}");
                continue;
            }

            present.Add(field.Key);
            var isNull = entry.Value is YamlScalar { IsNull: true };
            if (isNull && field.Nullable)
            {
                continue;
            }

            if (isNull && field.Required)
            {
                // 'id:' with nothing after it is as good as no id, not an id of ''.
                context.Report(DiagnosticCodes.MissingField, entry.Key,
                    $"{shape.Label}{IdOf(mapping)} has '{field.Key}' with no value; it is required");
                field.Property.SetValue(instance, Placeholder(field.Property.PropertyType));
                continue;
            }

            var reported = context.Diagnostics.Items.Count;
            var value = Bind(field.Property.PropertyType, entry.Value, context);
            if (field.Nullable && YamlShape.For(field.Property.PropertyType) is EnumShape && context.Diagnostics.Items.Count > reported)
            {
                // An optional choice that could not be read stays unset rather than taking the
                // enum's first value, which later rules would judge as if the author had chosen it.
                continue;
            }

            field.Property.SetValue(instance, value);
        }

        foreach (var field in shape.Fields.Where(f => f.Required && !present.Contains(f.Key)))
        {
            context.Report(DiagnosticCodes.MissingField, node, $"{shape.Label}{IdOf(mapping)} is missing the required field '{field.Key}'");
            field.Property.SetValue(instance, Placeholder(field.Property.PropertyType));
        }

        return instance;
    }

    /// <summary><c> with id, name, briefing</c>: the required fields, if any, for a message.</summary>
    private static string FieldsOf(ObjectShape shape) =>
        shape.Fields.Any(f => f.Required) ? $" with {string.Join(", ", shape.Fields.Where(f => f.Required).Select(f => f.Key))}" : "";

    /// <summary><c> 'triage'</c> for a mapping with an id, to name it in a message; else empty.</summary>
    private static string IdOf(YamlMapping mapping) =>
        mapping.Find("id")?.Value is YamlScalar { IsNull: false } id ? $" '{id.Value}'" : "";

    private static object BindList(ListShape shape, YamlNode node, YamlBindingContext context)
    {
        if (node is not YamlSequence sequence)
        {
            context.Report(DiagnosticCodes.WrongType, node, $"expected a list such as [a, b], found {YamlBindingContext.Describe(node)}");
            return Placeholder(shape.Type);
        }

        var items = Array.CreateInstance(shape.ItemType, sequence.Items.Count);
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            items.SetValue(Bind(shape.ItemType, sequence.Items[i], context), i);
        }

        context.SourceMap.Record(items, node);
        return items;
    }

    private static object BindScalar(Type type, YamlNode node, YamlBindingContext context)
    {
        if (node is not YamlScalar scalar)
        {
            context.Report(DiagnosticCodes.WrongType, node, $"expected {ScalarName(type)}, found {node.KindName}");
            return Placeholder(type);
        }

        if (type == typeof(string))
        {
            return scalar.Value;
        }

        object? parsed = type switch
        {
            _ when type == typeof(int) => int.TryParse(scalar.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i : null,
            _ when type == typeof(double) => double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null,
            _ => scalar.Value switch { "true" => true, "false" => false, _ => null },
        };
        if (parsed is null)
        {
            context.Report(DiagnosticCodes.WrongType, node, $"expected {ScalarName(type)}, found {YamlBindingContext.Describe(node)}");
            return Placeholder(type);
        }

        return parsed;
    }

    private static object BindEnum(EnumShape shape, YamlNode node, YamlBindingContext context)
    {
        var index = node is YamlScalar scalar ? IndexOf(shape.Values, scalar.Value) : -1;
        if (index < 0)
        {
            var value = node is YamlScalar s ? s.Value : "";
            context.Report(DiagnosticCodes.InvalidValue, node,
                $"expected one of {string.Join(", ", shape.Values)}, found {YamlBindingContext.Describe(node)}{YamlBindingContext.Suggest(value, shape.Values)}");
            return Enum.ToObject(shape.Type, 0);
        }

        return Enum.GetValues(shape.Type).GetValue(index)!;
    }

    private static int IndexOf(IReadOnlyList<string> values, string value)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] == value)
            {
                return i;
            }
        }

        return -1;
    }

    private static object PlaceholderObject(ObjectShape shape)
    {
        var instance = Activator.CreateInstance(shape.Type)!;
        foreach (var field in shape.Fields.Where(f => f.Required))
        {
            field.Property.SetValue(instance, Placeholder(field.Property.PropertyType));
        }

        return instance;
    }

    private static string ScalarName(Type type) =>
        type == typeof(int) ? "a whole number" : type == typeof(double) ? "a number" : type == typeof(bool) ? "true or false" : "a text";

    private static Func<YamlNode, YamlBindingContext, object> CustomReader(Type type) =>
        CustomReaders.GetOrAdd(type, t =>
        {
            var method = typeof(YamlBinder).GetMethod(nameof(ReadCustom), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(t);
            return method.CreateDelegate<Func<YamlNode, YamlBindingContext, object>>();
        });

    private static object ReadCustom<T>(YamlNode node, YamlBindingContext context) where T : IYamlValue<T> => T.Read(node, context);

    private static Func<object> CreatePlaceholderFactory(Type type)
    {
        var method = typeof(YamlBinder).GetMethod(nameof(CustomPlaceholder), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(type);
        return method.CreateDelegate<Func<object>>();
    }

    private static object CustomPlaceholder<T>() where T : IYamlValue<T> => T.Placeholder;
}
