using System.Text;
using System.Text.RegularExpressions;
using ReferralSim.Web.Components.Help;
using ReferralSim.Web.Tests.TestSupport;

namespace ReferralSim.Web.Tests.Guide;

public sealed partial class FieldReferenceTests
{
    private const string UpdateVariable = "REFERRALSIM_UPDATE_DOCS";

    /// <summary>
    /// The committed field reference is what the committed schemas generate. After a schema change,
    /// regenerate it by running this test once with REFERRALSIM_UPDATE_DOCS=1:
    /// <c>REFERRALSIM_UPDATE_DOCS=1 dotnet test tests/ReferralSim.Web.Tests --filter CommittedFieldReferenceIsUpToDate</c>
    /// and commit the page.
    /// </summary>
    [Fact]
    public void CommittedFieldReferenceIsUpToDate()
    {
        var generated = FieldReference.Generate(file => File.ReadAllText(RepositoryRoot.Combine(file.Split('/'))));
        var path = RepositoryRoot.Combine(FieldReference.PagePath.Split('/'));
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(path, generated, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }

        var committed = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "(missing)";

        Assert.True(committed == generated,
            $"{FieldReference.PagePath} is not what scenarios/schema/*.json generate now. Regenerate it with\n" +
            $"  {UpdateVariable}=1 dotnet test tests/ReferralSim.Web.Tests --filter CommittedFieldReferenceIsUpToDate\n" +
            "and commit the result.");
    }

    [Fact]
    public void FieldReferenceNamesEveryFieldOfBothSchemasAndEveryLinkLandsOnAHeading()
    {
        var guide = new HelpGuide(RepositoryRoot.Combine("facilitator-guide"));
        var page = guide.Find("authoring/fields");

        Assert.NotNull(page);
        var ids = IdAttribute().Matches(page.Html).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var anchors = AnchorLink().Matches(page.Html).Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.NotEmpty(anchors);
        var dangling = anchors.Where(a => !ids.Contains(a)).ToList();
        Assert.True(dangling.Count == 0, "links to no heading: " + string.Join(", ", dangling));
        foreach (var field in new[] { "seen_by", "expert_path", "debrief_prompts", "consent_flag", "emergency_number", "manual", "repeatable" })
        {
            Assert.Contains($"<code>{field}</code>", page.Html, StringComparison.Ordinal);
        }
    }

    [GeneratedRegex("id=\"([^\"]+)\"")]
    private static partial Regex IdAttribute();

    [GeneratedRegex("href=\"#([^\"]+)\"")]
    private static partial Regex AnchorLink();
}
