using System.Text;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;
using ReferralSim.Engine.Scenarios.Schema;

namespace ReferralSim.Engine.Tests.Scenarios;

public sealed class SchemaTests
{
    private const string UpdateVariable = "REFERRALSIM_UPDATE_SCHEMAS";

    /// <summary>
    /// The schemas committed in scenarios/schema/ are what the engine generates now. After changing
    /// the model, regenerate them by running this test once with REFERRALSIM_UPDATE_SCHEMAS=1:
    /// <c>REFERRALSIM_UPDATE_SCHEMAS=1 dotnet test tests/ReferralSim.Engine.Tests --filter CommittedSchemasAreUpToDate</c>
    /// and commit the changed files.
    /// </summary>
    [Theory]
    [InlineData(ScenarioSchemas.ScenarioFileName)]
    [InlineData(ScenarioSchemas.DirectoryFileName)]
    public void CommittedSchemasAreUpToDate(string fileName)
    {
        var generated = fileName == ScenarioSchemas.ScenarioFileName ? ScenarioSchemas.Scenario() : ScenarioSchemas.Directory();
        var path = RepositoryScenarios.PathOf($"{ScenarioSchemas.Folder}/{fileName}");
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path) ?? ".");
            File.WriteAllText(path, generated, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }

        var committed = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "(missing)";

        Assert.True(committed == generated,
            $"{ScenarioSchemas.Folder}/{fileName} is not what the engine generates now. Regenerate it with\n" +
            $"  {UpdateVariable}=1 dotnet test tests/ReferralSim.Engine.Tests --filter CommittedSchemasAreUpToDate\n" +
            "and commit the result.");
    }

    [Fact]
    public async Task MinimalScenarioIsValidAgainstTheScenarioSchema()
    {
        var schema = await JsonSchema.FromJsonAsync(ScenarioSchemas.Scenario());

        var errors = schema.Validate(YamlToJson.Convert(ScenarioText.Minimal));

        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
    }

    [Fact]
    public async Task UnknownKeyFailsTheScenarioSchema()
    {
        var schema = await JsonSchema.FromJsonAsync(ScenarioSchemas.Scenario());
        var text = ScenarioText.MinimalWith("seen_by: [nurse]", "seen_bye: [nurse]");

        var errors = schema.Validate(YamlToJson.Convert(text));

        Assert.Contains(Flatten(errors), e => e.Kind == ValidationErrorKind.NoAdditionalPropertiesAllowed && e.Property == "seen_bye");
    }

    [Fact]
    public async Task CleanDirectoryIsValidAgainstTheDirectorySchema()
    {
        var schema = await JsonSchema.FromJsonAsync(ScenarioSchemas.Directory());

        var errors = schema.Validate(YamlToJson.Convert(DirectoryLoaderTests.Clean));

        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
    }

    [Fact]
    public async Task TextWhereANumberIsExpectedFailsTheScenarioSchema()
    {
        var schema = await JsonSchema.FromJsonAsync(ScenarioSchemas.Scenario());
        var text = ScenarioText.MinimalWith("version: 1", "version: one");

        var errors = schema.Validate(YamlToJson.Convert(text));

        Assert.NotEmpty(errors);
    }

    [Fact]
    public async Task InvalidDurationFailsTheScenarioSchema()
    {
        var schema = await JsonSchema.FromJsonAsync(ScenarioSchemas.Scenario());
        var text = ScenarioText.MinimalWith("cost: 2m", "cost: 5 minutes");

        var errors = schema.Validate(YamlToJson.Convert(text));

        Assert.NotEmpty(errors);
    }

    [Fact]
    public void ConverterKeepsNumbersBooleansAndQuotedTextApart()
    {
        var json = YamlToJson.Convert("version: 1\nspeed: 1.5\ninitial: true\nstart: \"22:40\"\nphone: \"197\"\nsummary: ~\n");

        Assert.Equal(JTokenType.Integer, json["version"]?.Type);
        Assert.Equal(JTokenType.Float, json["speed"]?.Type);
        Assert.Equal(JTokenType.Boolean, json["initial"]?.Type);
        Assert.Equal(JTokenType.String, json["start"]?.Type);
        Assert.Equal(JTokenType.String, json["phone"]?.Type);
        Assert.Equal(JTokenType.Null, json["summary"]?.Type);
    }

    [Fact]
    public void SchemaIdsNameNoRealHost()
    {
        var scenario = JObject.Parse(ScenarioSchemas.Scenario());
        var directory = JObject.Parse(ScenarioSchemas.Directory());

        Assert.Equal("https://referralsim.invalid/schema/scenario.schema.json", scenario["$id"]?.ToString());
        Assert.Equal("https://referralsim.invalid/schema/directory.schema.json", directory["$id"]?.ToString());
        Assert.Equal("http://json-schema.org/draft-07/schema#", scenario["$schema"]?.ToString());
    }

    /// <summary>NJsonSchema nests the errors found inside an array item or a $ref; these are all of them.</summary>
    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors) =>
        errors.SelectMany(e => e is ChildSchemaValidationError child
            ? [e, .. Flatten(child.Errors.Values.SelectMany(v => v))]
            : new[] { e });
}
