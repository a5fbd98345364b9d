using Microsoft.Playwright;
using ReferralSim.Web.Components.Help;
using ReferralSim.Web.Tests.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace ReferralSim.Web.Tests.Browser;

/// <summary>
/// The facilitator guide as in-app help, in real Chromium: every page renders in the layout, every
/// link between pages and every image resolves, an unknown page is a 404 with the layout, and raw
/// HTML written in the Markdown stays text.
/// </summary>
[Trait("Category", "Browser")]
public sealed class HelpPagesTests(BrowserServer server) : IClassFixture<BrowserServer>
{
    private static readonly HelpGuide Guide = new(RepositoryRoot.Combine("facilitator-guide"));

    [Fact]
    public void TheGuideHasPagesAndNoBrokenLinks()
    {
        Assert.True(Guide.Pages.Count >= 10, $"{Guide.Pages.Count} pages");
        Assert.Empty(Guide.BrokenLinks);
    }

    [Fact]
    public async Task EveryGuidePageRendersInTheLayoutAndEveryLinkAndImageResolves()
    {
        await using var reader = await ParticipantBrowser.LaunchAsync(server.Server.BaseAddress);
        var page = reader.Page;
        AuthorWorkbenchTests.TrackFailures(page);
        var index = await page.GotoAsync("/help");
        Assert.Equal(200, index!.Status);
        await Expect(page.Locator("main h1")).ToHaveTextAsync("Help: the facilitator guide");
        Assert.Equal(Guide.Pages.Count, await page.Locator(".help-toc li a").CountAsync());
        await reader.AssertAccessibleAsync();
        await reader.ScreenshotAsync("help-index");
        // The front page (index.md) is shown at /help and links every other page of the guide.
        foreach (var slug in Guide.Index!.Links)
        {
            await Expect(page.Locator($".help-article a[href='/help/{slug}']").First).ToBeVisibleAsync();
        }

        var checkedLinks = new HashSet<string>(StringComparer.Ordinal);
        foreach (var guidePage in Guide.Pages)
        {
            var response = await page.GotoAsync($"/help/{guidePage.Slug}");
            Assert.Equal(200, response!.Status);
            await Expect(page.Locator("article.help-article h1").First).ToHaveTextAsync(guidePage.Title);
            await Expect(page.Locator($".help-toc a[aria-current=page][href='/help/{guidePage.Slug}']")).ToBeVisibleAsync();
            await Expect(page.Locator(".site-header .brand")).ToBeVisibleAsync();
            var links = await page.Locator("article.help-article a[href]").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
            foreach (var href in links.Where(h => h.StartsWith('/') && checkedLinks.Add(h.Split('#')[0])))
            {
                var target = await page.APIRequest.GetAsync(href.Split('#')[0]);
                Assert.True(target.Ok, $"{guidePage.Slug}: {href} answered {target.Status}");
            }

            foreach (var anchor in links.Where(h => h.StartsWith('#')))
            {
                Assert.Equal(1, await page.Locator($"[id='{anchor[1..]}']").CountAsync());
            }

            var brokenImages = await page.Locator("article.help-article img").EvaluateAllAsync<string[]>(
                "images => images.filter(i => !i.complete || i.naturalWidth === 0).map(i => i.src)");
            Assert.Empty(brokenImages);

            // Every image is a file of the guide, served as an image.
            var images = await page.Locator("article.help-article img").EvaluateAllAsync<string[]>("images => images.map(i => i.getAttribute('src'))");
            foreach (var src in images.Where(checkedLinks.Add))
            {
                Assert.StartsWith(HelpGuide.AssetPrefix, src, StringComparison.Ordinal);
                var image = await page.APIRequest.GetAsync(src);
                Assert.True(image.Ok, $"{guidePage.Slug}: {src} answered {image.Status}");
                Assert.StartsWith("image/", image.Headers["content-type"], StringComparison.Ordinal);
            }
        }

        await page.GotoAsync("/help/authoring/diagnostics");
        await reader.AssertAccessibleAsync();
        await reader.ScreenshotAsync("help-page");
        AuthorWorkbenchTests.AssertNoErrors(reader);
    }

    [Theory]
    [InlineData("en", "Page not found")]
    [InlineData("it", "Pagina non trovata")]
    public async Task AnUnknownPageIsA404WithTheLayout(string culture, string title)
    {
        await using var reader = await ParticipantBrowser.LaunchAsync(server.Server.BaseAddress);
        var response = await reader.Page.GotoAsync($"/help/no/such-page?culture={culture}");
        Assert.Equal(404, response!.Status);
        await Expect(reader.Page.Locator("main h1")).ToHaveTextAsync(title);
        await Expect(reader.Page.Locator(".help-toc")).ToBeVisibleAsync();
        await reader.AssertAccessibleAsync();
        await reader.ScreenshotAsync($"help-not-found-{culture}");
    }

    [Fact]
    public void LinksAreRewrittenImagesServedAndRawHtmlStaysText()
    {
        var folder = Directory.CreateTempSubdirectory("referralsim-guide-").FullName;
        Directory.CreateDirectory(Path.Combine(folder, "a"));
        Directory.CreateDirectory(Path.Combine(folder, "b"));
        File.WriteAllText(Path.Combine(folder, "a", "one.md"),
            "# One\n\nSee [two](../b/two.md#part), [self](#one), [web](https://example.org) and ![map](map.png).\n\n<script>alert(1)</script>\n\n[gone](missing.md)\n");
        File.WriteAllText(Path.Combine(folder, "b", "two.md"), "# Two\n\n## Part\n\ntext\n");
        File.WriteAllBytes(Path.Combine(folder, "a", "map.png"), [0x89, 0x50, 0x4E, 0x47]);
        var guide = new HelpGuide(folder);
        var html = guide.Find("a/one")!.Html;
        Assert.Contains("href=\"/help/b/two#part\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#one\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.org\"", html, StringComparison.Ordinal);
        Assert.Contains("src=\"/help-assets/a/map.png\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Equal(["a/one: missing.md"], guide.BrokenLinks);
        Assert.NotNull(guide.Asset("a/map.png"));
        Assert.Null(guide.Asset("../etc/passwd.png"));
        Assert.Null(guide.Asset("a/one.md"));
        Assert.Equal("Two", guide.Find("b/two")!.Title);
    }
}
