using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ReferralSim.Web.Tests.Guide;

/// <summary>
/// Writes the guide's field reference (facilitator-guide/authoring/fields.md) from the committed
/// JSON Schemas, so the page can never say something the schemas (and so the editor's completion)
/// do not. Every object becomes a table of its fields; every named definition gets a heading that
/// the tables link to. Patterns stay out of tables (a '|' would split a cell).
/// </summary>
internal static class FieldReference
{
    public const string PagePath = "facilitator-guide/authoring/fields.md";

    public static readonly string[] SchemaFiles = ["scenarios/schema/scenario.schema.json", "scenarios/schema/directory.schema.json"];

    public static string Generate(Func<string, string> readFile)
    {
        var text = new StringBuilder();
        text.Append("""
            # Every field of a scenario file

            This page is generated from the JSON Schemas in `scenarios/schema/`, the same files your
            editor uses to complete and check fields as you type, so it always matches what the
            validator accepts. Do not edit it by hand: see [how it is made](#how-this-page-is-made).

            For what the fields *mean* in a story, start with the [tutorial](tutorial.md) and
            [the file format](scenario-format.md); the debrief's fields are explained in
            [scoring](scoring.md), the services in [directories](directories.md).

            **Required** fields must be present; the others may be left out. A *localized text* is a
            plain text or one text per language (`en`, `el`, `it`).

            """);
        var shown = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in SchemaFiles)
        {
            using var schema = JsonDocument.Parse(readFile(file));
            var root = schema.RootElement;
            var definitions = root.TryGetProperty("definitions", out var defs)
                ? defs.EnumerateObject().ToDictionary(d => d.Name, d => d.Value.Clone(), StringComparer.Ordinal)
                : [];
            var title = file.EndsWith("directory.schema.json", StringComparison.Ordinal) ? "The directory file" : "The scenario file";
            text.Append(CultureInfo.InvariantCulture, $"\n## {title}\n\n");
            text.Append(CultureInfo.InvariantCulture, $"`{file}`: {Text(root, "description")}\n\n");
            AppendFields(text, root);
            foreach (var name in InOrderOfUse(root, definitions).Where(shown.Add))
            {
                AppendDefinition(text, name, definitions[name]);
            }
        }

        text.Append("""

            ## How this page is made

            A test compares this page with what the schemas generate and fails when they differ. After
            the schemas change (`REFERRALSIM_UPDATE_SCHEMAS=1`, see `SchemaTests`), regenerate this
            page and commit it:

            ```sh
            REFERRALSIM_UPDATE_DOCS=1 dotnet test tests/ReferralSim.Web.Tests --filter CommittedFieldReferenceIsUpToDate
            ```

            """);
        return text.ToString();
    }

    private static void AppendDefinition(StringBuilder text, string name, JsonElement definition)
    {
        text.Append(CultureInfo.InvariantCulture, $"## `{name}`\n\n");
        var description = Text(definition, "description");
        if (description.Length > 0)
        {
            text.Append(description).Append("\n\n");
        }

        if (definition.TryGetProperty("pattern", out var pattern))
        {
            text.Append(CultureInfo.InvariantCulture, $"Written as text matching `{pattern.GetString()}`.\n\n");
        }

        if (definition.TryGetProperty("anyOf", out var forms))
        {
            text.Append("One of these forms:\n\n");
            foreach (var form in forms.EnumerateArray())
            {
                var key = form.TryGetProperty("required", out var required) ? required[0].GetString() : null;
                var meaning = Text(form, "description");
                var shape = key is null ? TypeOf(form) : $"`{key}:` {TypeOf(form.GetProperty("properties").GetProperty(key))}";
                text.Append("- ").Append(shape).Append(meaning.Length > 0 ? ": " + meaning : "").Append('\n');
            }

            text.Append('\n');
            return;
        }

        if (definition.TryGetProperty("properties", out _))
        {
            AppendFields(text, definition);
        }
        else
        {
            text.Append(CultureInfo.InvariantCulture, $"Type: {TypeOf(definition)}.\n\n");
        }
    }

    private static void AppendFields(StringBuilder text, JsonElement obj)
    {
        var required = obj.TryGetProperty("required", out var names)
            ? names.EnumerateArray().Select(n => n.GetString()).ToHashSet(StringComparer.Ordinal)
            : [];
        text.Append("| field | required | type | meaning |\n|---|---|---|---|\n");
        foreach (var field in obj.GetProperty("properties").EnumerateObject())
        {
            text.Append(CultureInfo.InvariantCulture, $"| `{field.Name}` | {(required.Contains(field.Name) ? "yes" : "")} | {TypeOf(field.Value)} | {Cell(Text(field.Value, "description"))} |\n");
        }

        text.Append('\n');
    }

    /// <summary>A field's type in words, with links to the definitions it uses.</summary>
    private static string TypeOf(JsonElement schema)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            var name = RefName(reference);
            return $"[{name}](#{Anchor(name)})";
        }

        if (schema.TryGetProperty("allOf", out var all) && all.GetArrayLength() == 1)
        {
            return TypeOf(all[0]);
        }

        if (schema.TryGetProperty("anyOf", out var forms))
        {
            return string.Join(" or ", forms.EnumerateArray().Select(TypeOf));
        }

        if (schema.TryGetProperty("enum", out var values))
        {
            return "one of " + string.Join(", ", values.EnumerateArray().Select(v => $"`{v.GetString()}`"));
        }

        var type = schema.TryGetProperty("type", out var t) ? t.GetString() : null;
        return type switch
        {
            "array" when schema.TryGetProperty("items", out var items) => ListOf(schema, TypeOf(items)),
            "array" => "list",
            "string" => "text",
            "integer" => Range(schema, "whole number"),
            "number" => "number",
            "boolean" => "`true` or `false`",
            "object" when schema.TryGetProperty("properties", out var properties) => "mapping of " + string.Join(", ", properties.EnumerateObject().Select(p => $"`{p.Name}`")),
            "object" => "mapping",
            _ => "value",
        };
    }

    private static string ListOf(JsonElement schema, string item)
    {
        var min = schema.TryGetProperty("minItems", out var low) ? low.GetInt32() : (int?)null;
        var max = schema.TryGetProperty("maxItems", out var high) ? high.GetInt32() : (int?)null;
        return (min, max) switch
        {
            (int a, int b) when a == b => $"list of exactly {a} × {item}",
            (int a, null) when a > 0 => $"list (at least {a}) of {item}",
            _ => $"list of {item}",
        };
    }

    private static string Range(JsonElement schema, string noun) =>
        schema.TryGetProperty("minimum", out var min) && schema.TryGetProperty("maximum", out var max)
            ? $"{noun} from {min.GetRawText()} to {max.GetRawText()}"
            : noun;

    /// <summary>Definitions reached from the root, breadth first, so the page reads from the top of a file down.</summary>
    private static List<string> InOrderOfUse(JsonElement root, Dictionary<string, JsonElement> definitions)
    {
        var order = new List<string>();
        var queue = new Queue<JsonElement>([root]);
        while (queue.Count > 0)
        {
            foreach (var name in References(queue.Dequeue()).Where(n => definitions.ContainsKey(n) && !order.Contains(n)))
            {
                order.Add(name);
                queue.Enqueue(definitions[name]);
            }
        }

        return order;
    }

    private static IEnumerable<string> References(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name == "$ref")
                {
                    yield return RefName(property.Value);
                }
                else if (property.Name != "definitions")
                {
                    foreach (var name in References(property.Value))
                    {
                        yield return name;
                    }
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var name in element.EnumerateArray().SelectMany(References))
            {
                yield return name;
            }
        }
    }

    private static string RefName(JsonElement reference) => reference.GetString()!.Split('/')[^1];

    /// <summary>The id Markdig (GitHub style) gives the heading <c>## `name`</c>.</summary>
    private static string Anchor(string name) => name.ToLowerInvariant();

    private static string Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
