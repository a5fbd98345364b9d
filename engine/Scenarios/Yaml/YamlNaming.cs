using System.Text;

namespace ReferralSim.Engine.Scenarios.Yaml;

/// <summary>How C# names appear in YAML: properties in snake_case, enum values in kebab-case.</summary>
public static class YamlNaming
{
    public static string Key(string propertyName) => Split(propertyName, '_');

    public static string EnumValue(string memberName) => Split(memberName, '-');

    /// <summary>A type's name as authors know it: ActionDefinition → "action".</summary>
    public static string Label(Type type) =>
        Split(type.Name.Replace("Definition", "", StringComparison.Ordinal), ' ');

    private static string Split(string name, char separator)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append(separator);
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }
}
