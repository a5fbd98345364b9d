using ReferralSim.Web.Components.Help;
using ReferralSim.Web.Tests.TestSupport;

namespace ReferralSim.Web.Tests.Guide;

/// <summary>The guide's front page (index.md): first in the contents, and it decides the reading order.</summary>
public sealed class HelpGuideIndexTests
{
    [Fact]
    public void TheIndexComesFirstThenThePagesInTheOrderItLinksThem()
    {
        var folder = Directory.CreateTempSubdirectory("referralsim-guide-").FullName;
        Directory.CreateDirectory(Path.Combine(folder, "b"));
        File.WriteAllText(Path.Combine(folder, "index.md"), "# The guide\n\n1. [Zeta](zeta.md)\n2. [Beta](b/beta.md)\n3. [Alpha](alpha.md)\n");
        File.WriteAllText(Path.Combine(folder, "alpha.md"), "# Alpha\n");
        File.WriteAllText(Path.Combine(folder, "zeta.md"), "# Zeta\n");
        File.WriteAllText(Path.Combine(folder, "unlinked.md"), "# Unlinked\n");
        File.WriteAllText(Path.Combine(folder, "b", "beta.md"), "# Beta\n");

        var guide = new HelpGuide(folder);

        Assert.Equal(["index", "zeta", "b/beta", "alpha", "unlinked"], guide.Pages.Select(p => p.Slug));
        Assert.Equal("The guide", guide.Index?.Title);
        Assert.DoesNotContain("<h1", guide.Index!.Body, StringComparison.Ordinal);
        Assert.Contains("<h1", guide.Index.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void TheCommittedIndexLinksEveryPageOfTheGuide()
    {
        var guide = new HelpGuide(RepositoryRoot.Combine("facilitator-guide"));

        Assert.NotNull(guide.Index);
        var unlinked = guide.Pages.Where(p => p != guide.Index && !guide.Index.Links.Contains(p.Slug)).Select(p => p.Slug).ToList();
        Assert.True(unlinked.Count == 0, "facilitator-guide/index.md does not link: " + string.Join(", ", unlinked));
    }

    [Fact]
    public void EveryImageTheGuideShowsIsAFileOfTheGuide()
    {
        var guide = new HelpGuide(RepositoryRoot.Combine("facilitator-guide"));

        var images = guide.Pages
            .SelectMany(p => System.Text.RegularExpressions.Regex.Matches(p.Html, "<img src=\"([^\"]+)\"").Select(m => (p.Slug, Src: m.Groups[1].Value)))
            .ToList();

        Assert.NotEmpty(images);
        var missing = images.Where(i => !i.Src.StartsWith(HelpGuide.AssetPrefix, StringComparison.Ordinal) || guide.Asset(i.Src[HelpGuide.AssetPrefix.Length..]) is null).ToList();
        Assert.True(missing.Count == 0, string.Join("\n", missing.Select(m => $"{m.Slug}: {m.Src}")));
    }

    [Fact]
    public void EveryLinkToAPlaceInAnotherPageLandsOnAHeading()
    {
        var guide = new HelpGuide(RepositoryRoot.Combine("facilitator-guide"));

        var links = guide.Pages
            .SelectMany(p => System.Text.RegularExpressions.Regex.Matches(p.Html, "href=\"/help/([^\"#]+)#([^\"]+)\"").Select(m => (From: p.Slug, Page: m.Groups[1].Value, Id: m.Groups[2].Value)))
            .ToList();

        Assert.NotEmpty(links);
        var dangling = links.Where(l => guide.Find(l.Page) is not { } target || !target.Html.Contains($"id=\"{l.Id}\"", StringComparison.Ordinal)).ToList();
        Assert.True(dangling.Count == 0, string.Join("\n", dangling.Select(d => $"{d.From}: /help/{d.Page}#{d.Id}")));
    }
}
