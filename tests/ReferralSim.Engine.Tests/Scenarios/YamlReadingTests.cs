using System.Text;
using ReferralSim.Engine.Scenarios.Diagnostics;

namespace ReferralSim.Engine.Tests.Scenarios;

/// <summary>What YAML itself gets wrong, and the limits that keep a hostile file cheap.</summary>
public sealed class YamlReadingTests
{
    [Fact]
    public void TabUsedForIndentationIsASyntaxErrorThatMentionsTheTab()
    {
        var text = ScenarioText.MinimalWith("  speed: 1\n", "\tspeed: 1\n");

        var result = Compile.Text(text);

        var diagnostic = result.AssertOnlyReportedAt(DiagnosticCodes.YamlSyntax, text, "\tspeed");
        Assert.Contains("tab", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BadIndentationIsASyntaxErrorOnTheMisindentedLine()
    {
        var text = ScenarioText.MinimalWith("  speed: 1\n", "     speed: 1\n");

        var result = Compile.Text(text);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("RS0001", diagnostic.Code);
        Assert.Equal(TextPosition.Of(text, "     speed").Line, diagnostic.Location.Line);
        Assert.DoesNotContain("tab", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateKeyIsReportedAtTheSecondKey()
    {
        var text = ScenarioText.MinimalWith("  speed: 1\n", "  speed: 1\n  speed: 2\n");

        var result = Compile.Text(text);

        var diagnostic = result.AssertOnlyReportedAt(DiagnosticCodes.DuplicateKey, text, "speed: 2");
        Assert.Contains($"line {TextPosition.Of(text, "speed: 1").Line}", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LocationsAreOneBasedAsEditorsCount()
    {
        var text = "id: x\nversoin: 1\n";

        var result = Compile.Text(text);

        var unknownKey = Assert.Single(result.Diagnostics, d => d.Code == "RS0003");
        Assert.Equal(2, unknownKey.Location.Line);
        Assert.Equal(1, unknownKey.Location.Column);
    }

    [Fact]
    public void FileOverOneMebibyteIsRejectedAtItsStart()
    {
        var text = "id: big\n# " + new string('x', 1024 * 1024) + "\n";

        var result = Compile.Text(text);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("RS0006", diagnostic.Code);
        Assert.Equal((1, 1), (diagnostic.Location.Line, diagnostic.Location.Column));
    }

    [Fact]
    public void FileOfMultibyteTextIsMeasuredInBytesNotCharacters()
    {
        // 600 Ki characters of Greek are 1.2 MiB of UTF-8.
        var text = "id: big\n# " + new string('λ', 600 * 1024) + "\n";

        var result = Compile.Text(text);

        Assert.Equal("RS0006", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void DeeplyNestedDocumentIsRejectedWhereTheDepthLimitIsPassed()
    {
        var text = "id: " + new string('[', 100) + new string(']', 100) + "\n";

        var result = Compile.Text(text);

        // The root mapping is level 1 and the first '[' level 2, so the 64th '[' is level 65.
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("RS0007", diagnostic.Code);
        Assert.Equal((1, "id: ".Length + 64), (diagnostic.Location.Line, diagnostic.Location.Column));
    }

    [Fact]
    public void BillionLaughsIsStoppedByTheAliasExpansionLimit()
    {
        var text = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var level = 'b'; level <= 'j'; level++)
        {
            var previous = (char)(level - 1);
            text.Append(level).Append(": &").Append(level).Append(" [")
                .Append(string.Join(", ", Enumerable.Repeat($"*{previous}", 10))).Append("]\n");
        }

        var result = Compile.Text(text.ToString());

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("RS0008", diagnostic.Code);
        Assert.Null(result.Scenario);
    }

    [Fact]
    public void AliasesWithinTheLimitAreAccepted()
    {
        var text = ScenarioText.MinimalWith("    name: { en: Doctor on call, el: Εφημερεύων γιατρός }",
            "    name: &doctor-name { en: Doctor on call, el: Εφημερεύων γιατρός }").Replace(
            "label: { en: \"Ask her gently about money\", el: \"Ρωτήστε την ήπια για χρήματα\" }", "label: *doctor-name", StringComparison.Ordinal);

        var result = Compile.Text(text);

        Assert.True(result.Diagnostics.Count == 0, Compile.Listing(result));
    }

    [Fact]
    public void SecondDocumentIsReportedWhereItStarts()
    {
        var text = ScenarioText.Minimal + "\n---\nid: another\n";

        var result = Compile.Text(text);

        result.AssertOnlyReportedAt(DiagnosticCodes.DocumentCount, text, "---");
    }

    [Fact]
    public void EmptyFileIsReportedAtItsStart()
    {
        var result = Compile.Text("");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("RS0009", diagnostic.Code);
        Assert.Equal((1, 1), (diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Contains("empty", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FileOfOnlyCommentsIsReportedAsEmpty()
    {
        var result = Compile.Text("# yaml-language-server: $schema=schema/scenario.schema.json\n\n");

        Assert.Equal("RS0009", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void DocumentThatIsNotAMappingIsAWrongType()
    {
        var result = Compile.Text("- just\n- a list\n");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("RS0004", diagnostic.Code);
        Assert.Equal((1, 1), (diagnostic.Location.Line, diagnostic.Location.Column));
    }

    [Fact]
    public void AliasToAnUndefinedAnchorIsASyntaxErrorAtTheAlias()
    {
        var text = ScenarioText.MinimalWith("  speed: 1\n", "  speed: *nowhere\n");

        var result = Compile.Text(text);

        result.AssertOnlyReportedAt(DiagnosticCodes.YamlSyntax, text, "*nowhere");
    }

    [Fact]
    public void ByteOrderMarkIsNotPartOfTheFirstKey()
    {
        var result = Compile.Text("\uFEFF" + ScenarioText.Minimal);

        Assert.True(result.Diagnostics.Count == 0, Compile.Listing(result));
    }

    [Fact]
    public void ByteOrderMarkIsNotCountedAsAColumn()
    {
        var result = Compile.Text("\uFEFFidd: x\n");

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Code == "RS0003");
        Assert.Equal((1, 1), (diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Contains("'idd'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WindowsLineEndingsGiveTheSameLinesAndColumns()
    {
        var text = ScenarioText.MinimalWith("seen_by: [nurse]", "seen_by: [nures]");

        var result = Compile.Text(text.Replace("\n", "\r\n", StringComparison.Ordinal));

        result.AssertOnlyReportedAt(ReferralSim.Engine.Scenarios.Diagnostics.DiagnosticCodes.UnknownRole, text, "nures");
    }
}
