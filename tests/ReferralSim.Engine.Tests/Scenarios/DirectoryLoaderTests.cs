using ReferralSim.Engine.Scenarios.Diagnostics;
using ReferralSim.Engine.Scenarios.Directories;

namespace ReferralSim.Engine.Tests.Scenarios;

public sealed class DirectoryLoaderTests
{
    private const string File = "directories/gr.yaml";

    internal const string Clean = """
        # yaml-language-server: $schema=../scenarios/schema/directory.schema.json
        country: GR
        name: { en: Greece, el: Ελλάδα }
        emergency_number: "112"
        services:
          - id: gr-ekka-nrm
            name: { en: National Referral Mechanism }
            organisation: National Centre for Social Solidarity
            kind: nrm-coordinator
            description: { en: "Coordinates identification and referral." }
            phone: "197"
            hours: 24/7
            languages: [el, en]
            serves: [adults, minors]
            source: test fixture
          - id: gr-a21-1109
            name: { en: A21 hotline }
            kind: hotline
            description: { en: "A hotline for victims of trafficking." }
            phone: "+30 1109"
            languages: [el, en]
            serves: [adults]
            source: test fixture
        """;

    private static (ReferralDirectory? Directory, IReadOnlyList<Diagnostic> Diagnostics) Load(string text)
    {
        var diagnostics = new DiagnosticBag();
        var directory = DirectoryLoader.Load(text, File, diagnostics);
        return (directory, diagnostics.Sorted());
    }

    private static void AssertOnly(IReadOnlyList<Diagnostic> diagnostics, DiagnosticDescriptor descriptor, string text, string marker)
    {
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(descriptor.Code, diagnostic.Code);
        Assert.Equal(TextPosition.Of(text, marker), new TextPosition(diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Equal(File, diagnostic.Location.File);
    }

    [Fact]
    public void CleanDirectoryLoadsWithNoDiagnostics()
    {
        var (directory, diagnostics) = Load(Clean);

        Assert.Empty(diagnostics);
        Assert.NotNull(directory);
        Assert.Equal(["gr-ekka-nrm", "gr-a21-1109"], directory.Services.Select(s => s.Id));
        Assert.Equal(ServiceKind.NrmCoordinator, directory.Services[0].Kind);
    }

    [Fact]
    public void PhoneWithLettersIsReportedAtThePhone()
    {
        var text = ScenarioText.Replace(Clean, "phone: \"197\"", "phone: \"197-HELP\"");

        var (_, diagnostics) = Load(text);

        AssertOnly(diagnostics, DiagnosticCodes.InvalidPhone, text, "\"197-HELP\"");
    }

    [Fact]
    public void DuplicateServiceIdIsReportedAtTheSecondId()
    {
        var text = ScenarioText.Replace(Clean, "- id: gr-a21-1109", "- id: gr-ekka-nrm # again");

        var (_, diagnostics) = Load(text);

        AssertOnly(diagnostics, DiagnosticCodes.DuplicateId, text, "gr-ekka-nrm # again");
    }

    [Fact]
    public void LanguageThatIsNotATwoLetterCodeIsReportedAtTheItem()
    {
        var text = ScenarioText.Replace(Clean, "languages: [el, en]\n    serves: [adults]", "languages: [el, english]\n    serves: [adults]");

        var (_, diagnostics) = Load(text);

        AssertOnly(diagnostics, DiagnosticCodes.UnknownLanguage, text, "english");
    }

    [Fact]
    public void UnknownServiceKindIsAnInvalidValueWithTheClosestKind()
    {
        var text = ScenarioText.Replace(Clean, "kind: hotline", "kind: hot-line");

        var (_, diagnostics) = Load(text);

        AssertOnly(diagnostics, DiagnosticCodes.InvalidValue, text, "hot-line");
        Assert.Contains("did you mean 'hotline'?", diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EnumValuesAreKebabCaseAndSnakeCaseGetTheKebabSuggestion()
    {
        var text = ScenarioText.Replace(Clean, "kind: nrm-coordinator", "kind: nrm_coordinator");

        var (_, diagnostics) = Load(text);

        AssertOnly(diagnostics, DiagnosticCodes.InvalidValue, text, "nrm_coordinator");
        Assert.Contains("did you mean 'nrm-coordinator'?", diagnostics[0].Message, StringComparison.Ordinal);
    }
}
