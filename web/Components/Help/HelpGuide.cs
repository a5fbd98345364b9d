using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ReferralSim.Web.Components.Help;

/// <summary>
/// The facilitator guide (<c>facilitator-guide/**/*.md</c>) as in-app help: every page read and
/// rendered once, at start-up, with Markdig and raw HTML disabled (HTML in the Markdown is shown as
/// text, so a guide page can never carry a script). Links between guide pages become
/// <c>/help/…</c>, images and other files of the guide <c>/help-assets/…</c>; a relative link that
/// leads nowhere in the guide is listed in <see cref="BrokenLinks"/> (a test keeps it empty).
/// </summary>
public sealed class HelpGuide
{
    public const string PagePrefix = "/help/";
    public const string AssetPrefix = "/help-assets/";

    /// <summary>The slug of the guide's front page, shown at <c>/help</c> and first in the contents.</summary>
    public const string IndexSlug = "index";

    /// <summary>Files of the guide that may be served besides its pages.</summary>
    public static readonly IReadOnlyDictionary<string, string> AssetTypes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".png"] = "image/png", [".jpg"] = "image/jpeg", [".jpeg"] = "image/jpeg", [".gif"] = "image/gif",
        [".svg"] = "image/svg+xml", [".webp"] = "image/webp",
    };

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .UsePipeTables()
        .UseEmphasisExtras()
        .DisableHtml()
        .Build();

    private readonly Dictionary<string, HelpPage> _pages;
    private readonly List<string> _brokenLinks = [];

    public HelpGuide(string folder)
    {
        Folder = Path.GetFullPath(folder);
        var files = Directory.Exists(Folder)
            ? Directory.GetFiles(Folder, "*.md", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Folder, f).Replace('\\', '/')).ToList()
            : [];
        var slugs = files.Select(f => f[..^3]).ToHashSet(StringComparer.Ordinal);
        _pages = files
            .OrderBy(f => f.Contains('/', StringComparison.Ordinal) ? f[..f.LastIndexOf('/')] : "", StringComparer.Ordinal)
            .ThenBy(f => f, StringComparer.Ordinal)
            .Select(f => Render(f[..^3], File.ReadAllText(Path.Combine(Folder, f)), slugs))
            .ToDictionary(p => p.Slug, StringComparer.Ordinal);
        Pages = InReadingOrder([.. _pages.Values]);
    }

    /// <summary>The front page (<c>index.md</c>), or null when the guide has none.</summary>
    public HelpPage? Index => Find(IndexSlug);

    public string Folder { get; }

    /// <summary>Every page, grouped by folder (section) and ordered by file name.</summary>
    public IReadOnlyList<HelpPage> Pages { get; }

    /// <summary>"page: link" for every relative link that leads to no page or file of the guide.</summary>
    public IReadOnlyList<string> BrokenLinks => _brokenLinks;

    public HelpPage? Find(string? slug) => slug is null ? null : _pages.GetValueOrDefault(slug.Trim('/'));

    /// <summary>The full path of a servable file of the guide, or null (never a path outside the folder).</summary>
    public string? Asset(string? path)
    {
        if (string.IsNullOrEmpty(path) || !AssetTypes.ContainsKey(Path.GetExtension(path)))
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(Folder, path));
        return full.StartsWith(Folder + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(full) ? full : null;
    }

    /// <summary>
    /// The index page first, then the pages in the order the index links to them (the author of the
    /// index decides the reading order), then any page it does not link, by folder and file name.
    /// </summary>
    private static List<HelpPage> InReadingOrder(List<HelpPage> pages)
    {
        var index = pages.Find(p => p.Slug == IndexSlug);
        if (index is null)
        {
            return pages;
        }

        var linked = index.Links.Select(link => pages.Find(p => p.Slug == link)).OfType<HelpPage>();
        return [.. new[] { index }.Concat(linked).Concat(pages).Distinct()];
    }

    private HelpPage Render(string slug, string markdown, HashSet<string> slugs)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            link.Url = Rewrite(slug, link.Url, slugs);
        }

        var headings = document.Descendants<HeadingBlock>().ToList();
        var title = headings.FirstOrDefault(h => h.Level == 1) is { } h1 ? PlainText(h1.Inline) : slug;
        var contents = headings.Where(h => h.Level == 2)
            .Select(h => new HelpHeading(h.GetAttributes().Id ?? "", PlainText(h.Inline)))
            .Where(h => h.Id.Length > 0)
            .ToList();
        var links = document.Descendants<LinkInline>()
            .Where(l => !l.IsImage && l.Url?.StartsWith(PagePrefix, StringComparison.Ordinal) == true)
            .Select(l => l.Url![PagePrefix.Length..].Split('#')[0])
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var html = ToHtml(document);
        // The body without its title, for /help, which shows the page under its own (localized) heading.
        if (headings.FirstOrDefault(h => h.Level == 1) is { } heading)
        {
            document.Remove(heading);
        }

        var section = slug.Contains('/', StringComparison.Ordinal) ? slug[..slug.LastIndexOf('/')] : "";
        return new HelpPage(slug, section, title, html, contents) { Body = ToHtml(document), Links = links };
    }

    private static string ToHtml(MarkdownDocument document)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        return writer.ToString();
    }

    private string? Rewrite(string slug, string? url, HashSet<string> slugs)
    {
        if (string.IsNullOrEmpty(url) || url.StartsWith('#') || url.StartsWith('/') || Uri.TryCreate(url, UriKind.Absolute, out _))
        {
            return url;
        }

        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var (path, fragment) = hash < 0 ? (url, "") : (url[..hash], url[hash..]);
        var resolved = Resolve(slug, Uri.UnescapeDataString(path));
        if (resolved is not null && resolved.EndsWith(".md", StringComparison.Ordinal) && slugs.Contains(resolved[..^3]))
        {
            return PagePrefix + resolved[..^3] + fragment;
        }

        if (resolved is not null && Asset(resolved) is not null)
        {
            return AssetPrefix + resolved;
        }

        _brokenLinks.Add($"{slug}: {url}");
        return url;
    }

    /// <summary>A link's path relative to the guide's root, or null when it climbs out of the guide.</summary>
    private static string? Resolve(string slug, string path)
    {
        var parts = slug.Split('/').SkipLast(1).ToList();
        foreach (var part in path.Split('/'))
        {
            if (part is "" or ".")
            {
                continue;
            }

            if (part == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }

                parts.RemoveAt(parts.Count - 1);
                continue;
            }

            parts.Add(part);
        }

        return string.Join('/', parts);
    }

    private static string PlainText(ContainerInline? inline) => inline is null ? "" : Flatten(inline);

    private static string Flatten(ContainerInline container) => string.Concat(container.Select(i => i switch
    {
        LiteralInline literal => literal.Content.ToString(),
        CodeInline code => code.Content,
        ContainerInline nested => Flatten(nested),
        _ => "",
    }));
}

/// <param name="Section">The folder the page is in ("" at the guide's root).</param>
/// <param name="Html">Markdig's HTML: raw HTML in the Markdown is escaped, so this is safe to emit.</param>
public sealed record HelpPage(string Slug, string Section, string Title, string Html, IReadOnlyList<HelpHeading> Contents)
{
    /// <summary><see cref="Html"/> without the page's title (its first level-1 heading).</summary>
    public string Body { get; init; } = Html;

    /// <summary>The slugs of the guide pages this page links to, in order of first mention.</summary>
    public IReadOnlyList<string> Links { get; init; } = [];
}

public sealed record HelpHeading(string Id, string Text);
