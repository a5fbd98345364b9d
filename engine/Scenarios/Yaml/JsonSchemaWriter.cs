using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ReferralSim.Engine.Scenarios.Yaml;

/// <summary>
/// Writes the JSON Schema (draft-07, which editors' YAML support reads best) for a model type, from
/// the same <see cref="YamlShape"/>s the binder uses. Each record and custom type becomes one
/// definition, so recursive types (guards) refer to themselves.
/// </summary>
public sealed class JsonSchemaWriter
{
    private readonly SortedDictionary<string, JsonNode?> _definitions = new(StringComparer.Ordinal);

    public static string Write(Type root, string id, string title)
    {
        var writer = new JsonSchemaWriter();
        var rootSchema = writer.Inline(root);
        var document = new JsonObject
        {
            ["$schema"] = "http://json-schema.org/draft-07/schema#",
            ["$id"] = id,
            ["title"] = title,
        };
        foreach (var (key, value) in rootSchema.ToList())
        {
            rootSchema.Remove(key);
            document[key] = value;
        }

        document["definitions"] = new JsonObject(writer._definitions.Select(d => KeyValuePair.Create(d.Key, d.Value)));
        // "\n" whatever the machine, so the committed schema is byte-identical everywhere; and
        // apostrophes and Greek as themselves rather than \u0027, for the authors who read it (the
        // schema is never embedded in HTML, which is what the default escaping guards against).
        var options = new JsonSerializerOptions { WriteIndented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        return document.ToJsonString(options) + "\n";
    }

    /// <summary>A <c>$ref</c> to the definition of <paramref name="type"/>, writing the definition once.</summary>
    public JsonObject Reference(Type type)
    {
        var name = DefinitionName(type);
        if (!_definitions.ContainsKey(name))
        {
            _definitions[name] = null;
            _definitions[name] = Inline(type);
        }

        return new JsonObject { ["$ref"] = $"#/definitions/{name}" };
    }

    private JsonObject Inline(Type type) => YamlShape.For(type) switch
    {
        CustomShape custom => CustomSchema(custom.Type),
        ScalarShape scalar => new JsonObject { ["type"] = JsonType(scalar.Type) },
        EnumShape enumShape => new JsonObject { ["enum"] = new JsonArray([.. enumShape.Values.Select(v => (JsonNode)v)]) },
        ListShape list => new JsonObject { ["type"] = "array", ["items"] = Field(list.ItemType) },
        ObjectShape objectShape => ObjectSchema(objectShape),
        _ => throw new NotSupportedException(type.Name),
    };

    private JsonObject Field(Type type) => YamlShape.For(type) is ObjectShape or CustomShape ? Reference(type) : Inline(type);

    private JsonObject ObjectSchema(ObjectShape shape)
    {
        var properties = new JsonObject();
        foreach (var field in shape.Fields)
        {
            var schema = Field(field.Property.PropertyType);
            if (field.Description is { } description)
            {
                schema = schema.ContainsKey("$ref")
                    ? new JsonObject { ["allOf"] = new JsonArray(schema), ["description"] = description }
                    : schema;
                schema["description"] = description;
            }

            properties[field.Key] = schema;
        }

        var result = new JsonObject { ["type"] = "object" };
        if (shape.Description is { } typeDescription)
        {
            result["description"] = typeDescription;
        }

        result["additionalProperties"] = false;
        var required = shape.Fields.Where(f => f.Required).Select(f => (JsonNode)f.Key).ToArray();
        if (required.Length > 0)
        {
            result["required"] = new JsonArray(required);
        }

        result["properties"] = properties;
        return result;
    }

    private JsonObject CustomSchema(Type type)
    {
        var method = typeof(JsonSchemaWriter).GetMethod(nameof(SchemaOf), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(type);
        return (JsonObject)method.Invoke(null, [this])!;
    }

    private static JsonObject SchemaOf<T>(JsonSchemaWriter writer) where T : IYamlValue<T> => T.Schema(writer);

    private static string DefinitionName(Type type) => YamlNaming.Key((Nullable.GetUnderlyingType(type) ?? type).Name.Replace("Definition", "", StringComparison.Ordinal));

    private static string JsonType(Type type) =>
        type == typeof(int) ? "integer" : type == typeof(double) ? "number" : type == typeof(bool) ? "boolean" : "string";
}
