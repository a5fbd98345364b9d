using System.Collections.Concurrent;
using System.ComponentModel;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace ReferralSim.Engine.Scenarios.Yaml;

/// <summary>
/// How a model type appears in YAML. The binder and the JSON Schema writer both read types through
/// this one place, so a file the binder accepts is a file the schema accepts.
/// </summary>
public abstract record YamlShape(Type Type)
{
    private static readonly ConcurrentDictionary<Type, YamlShape> Cache = new();

    public static YamlShape For(Type type) => Cache.GetOrAdd(type, Create);

    private static YamlShape Create(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return For(underlying);
        }

        if (type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IYamlValue<>)))
        {
            return new CustomShape(type);
        }

        if (type == typeof(string) || type == typeof(int) || type == typeof(double) || type == typeof(bool))
        {
            return new ScalarShape(type);
        }

        if (type.IsEnum)
        {
            return new EnumShape(type, [.. Enum.GetNames(type).Select(YamlNaming.EnumValue)]);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            return new ListShape(type, type.GetGenericArguments()[0]);
        }

        return ObjectShape.Create(type);
    }
}

/// <summary>string, int, double or bool.</summary>
public sealed record ScalarShape(Type Type) : YamlShape(Type);

public sealed record EnumShape(Type Type, IReadOnlyList<string> Values) : YamlShape(Type);

public sealed record ListShape(Type Type, Type ItemType) : YamlShape(Type);

/// <summary>A type implementing <see cref="IYamlValue{TSelf}"/>.</summary>
public sealed record CustomShape(Type Type) : YamlShape(Type);

public sealed record ObjectShape(Type Type, IReadOnlyList<FieldShape> Fields) : YamlShape(Type)
{
    public string Label => YamlNaming.Label(Type);

    public string? Description => Type.GetCustomAttribute<DescriptionAttribute>()?.Description;

    public FieldShape? Field(string key) => Fields.FirstOrDefault(f => f.Key == key);

    internal static ObjectShape Create(Type type)
    {
        var nullability = new NullabilityInfoContext();
        var fields = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true })
            .Select(p => new FieldShape(
                YamlNaming.Key(p.Name),
                p,
                p.IsDefined(typeof(RequiredMemberAttribute)),
                nullability.Create(p).WriteState == NullabilityState.Nullable,
                p.GetCustomAttribute<DescriptionAttribute>()?.Description))
            .ToList();
        return new ObjectShape(type, fields);
    }
}

public sealed record FieldShape(string Key, PropertyInfo Property, bool Required, bool Nullable, string? Description);
