using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReferralSim.Web.Components.Live;

namespace ReferralSim.Web.Tests.Live;

/// <summary>
/// The renderer behind every live push lives as long as the server: what it renders must not stay
/// with it, or every push of every session is kept (the page's view, the feed with it) until the
/// server stops.
/// </summary>
public sealed class FragmentRendererTests
{
    private static readonly IReadOnlyList<LivePart> Parts = [new("part", typeof(ModelText))];

    private static readonly IReadOnlyList<LivePart> FeedParts =
    [
        new("count", typeof(ModelText)),
        new("feed", typeof(WholeFeed), new GrowingList("entries", typeof(FeedItems), NewestFirst: false, "empty")),
    ];

    [Fact]
    public async Task AModelIsNotKeptOnceItsFragmentsAreRendered()
    {
        await using var provider = new ServiceCollection().AddLogging().BuildServiceProvider();
        var renderer = new FragmentRenderer(provider, provider.GetRequiredService<ILoggerFactory>());

        var (model, html) = await RenderOnceAsync(renderer);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.Contains("<turbo-stream action=\"update\" method=\"morph\" target=\"part\"><template><p>a model</p></template>", html, StringComparison.Ordinal);
        Assert.False(model.TryGetTarget(out _), "the renderer still holds the model it rendered");
    }

    [Fact]
    public async Task RendersAreIndependentAndInTheirOwnLanguage()
    {
        await using var provider = new ServiceCollection().AddLogging().BuildServiceProvider();
        var renderer = new FragmentRenderer(provider, provider.GetRequiredService<ILoggerFactory>());

        var renders = await Task.WhenAll(
            renderer.RenderAsync(Parts, nameof(ModelText.Model), new Model("one"), "el"),
            renderer.RenderAsync(Parts, nameof(ModelText.Model), new Model("two"), "it"),
            renderer.RenderAsync(Parts, nameof(ModelText.Model), new Model("three"), "en"));

        Assert.Contains("<p>one el</p>", renders[0], StringComparison.Ordinal);
        Assert.Contains("<p>two it</p>", renders[1], StringComparison.Ordinal);
        Assert.Contains("<p>three</p>", renders[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWholeRenderUpdatesEveryPartAndAPushAddsOnlyTheNewerEntries()
    {
        await using var provider = new ServiceCollection().AddLogging().BuildServiceProvider();
        var renderer = new FragmentRenderer(provider, provider.GetRequiredService<ILoggerFactory>());
        var model = new Model("three", [1, 4, 7]);

        var whole = await renderer.RenderAsync(FeedParts, nameof(ModelText.Model), model, "en");
        var push = await renderer.RenderAsync(FeedParts, nameof(ModelText.Model), model, "en", after: 4);
        var nothingNew = await renderer.RenderAsync(FeedParts, nameof(ModelText.Model), model, "en", after: 7);

        Assert.Equal(
            "<turbo-stream action=\"update\" method=\"morph\" target=\"count\"><template><p>three</p></template></turbo-stream>"
            + "<turbo-stream action=\"update\" method=\"morph\" target=\"feed\"><template><ol id=\"entries\"><li id=\"e-1\">1</li><li id=\"e-4\">4</li><li id=\"e-7\">7</li></ol></template></turbo-stream>",
            whole);
        Assert.Equal(
            "<turbo-stream action=\"update\" method=\"morph\" target=\"count\"><template><p>three</p></template></turbo-stream>"
            + "<turbo-stream action=\"append\" target=\"entries\"><template><li id=\"e-7\">7</li></template></turbo-stream>"
            + "<turbo-stream action=\"remove\" target=\"empty\"><template></template></turbo-stream>",
            push);
        Assert.Equal("<turbo-stream action=\"update\" method=\"morph\" target=\"count\"><template><p>three</p></template></turbo-stream>", nothingNew);
    }

    [Fact]
    public async Task APushLeavesOutThePartsThatReadAsTheyWereLastSentToTheGroup()
    {
        await using var provider = new ServiceCollection().AddLogging().BuildServiceProvider();
        var renderer = new FragmentRenderer(provider, provider.GetRequiredService<ILoggerFactory>());
        var sent = new SentParts();
        const string countUpdate = "<turbo-stream action=\"update\" method=\"morph\" target=\"count\">";

        var whole = await renderer.RenderAsync(FeedParts, nameof(ModelText.Model), new Model("three", [1, 4, 7]), "en", sent: sent);
        var sameCount = await renderer.RenderAsync(FeedParts, nameof(ModelText.Model), new Model("three", [1, 4, 7, 9]), "en", after: 7, sent: sent);
        var newCount = await renderer.RenderAsync(FeedParts, nameof(ModelText.Model), new Model("four", [1, 4, 7, 9]), "en", after: 9, sent: sent);
        var wholeAgain = await renderer.RenderAsync(FeedParts, nameof(ModelText.Model), new Model("four", [1, 4, 7, 9]), "en", sent: sent);

        Assert.Contains(countUpdate, whole, StringComparison.Ordinal);
        Assert.Equal(
            "<turbo-stream action=\"append\" target=\"entries\"><template><li id=\"e-9\">9</li></template></turbo-stream>"
            + "<turbo-stream action=\"remove\" target=\"empty\"><template></template></turbo-stream>",
            sameCount);
        Assert.Equal(countUpdate + "<template><p>four</p></template></turbo-stream>", newCount);
        Assert.Contains(countUpdate, wholeAgain, StringComparison.Ordinal);
    }

    // Not inlined, so no local of the test method keeps the model alive.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task<(WeakReference<Model> Model, string Html)> RenderOnceAsync(FragmentRenderer renderer)
    {
        var model = new Model("a model");
        var html = await renderer.RenderAsync(Parts, nameof(ModelText.Model), model, "en");
        return (new WeakReference<Model>(model), html);
    }

    public sealed record Model(string Text, IReadOnlyList<long>? Entries = null);

    /// <summary>Renders the model's text, and the UI language when it is not English.</summary>
    public sealed class ModelText : ComponentBase
    {
        [Parameter, EditorRequired] public Model Model { get; set; } = null!;

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            var culture = System.Globalization.CultureInfo.CurrentUICulture.Name;
            builder.OpenElement(0, "p");
            builder.AddContent(1, culture is "en" ? Model.Text : $"{Model.Text} {culture}");
            builder.CloseElement();
        }
    }

    /// <summary>The whole feed: its list, holding every entry.</summary>
    public sealed class WholeFeed : ComponentBase
    {
        [Parameter, EditorRequired] public Model Model { get; set; } = null!;

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            builder.OpenElement(0, "ol");
            builder.AddAttribute(1, "id", "entries");
            builder.OpenComponent<FeedItems>(2);
            builder.AddComponentParameter(3, nameof(FeedItems.Model), Model);
            builder.CloseComponent();
            builder.CloseElement();
        }
    }

    /// <summary>The feed's entries after sequence <see cref="After"/>.</summary>
    public sealed class FeedItems : ComponentBase
    {
        [Parameter, EditorRequired] public Model Model { get; set; } = null!;

        [Parameter] public long After { get; set; }

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            foreach (var entry in Model.Entries!.Where(e => e > After))
            {
                builder.OpenElement(0, "li");
                builder.AddAttribute(1, "id", $"e-{entry}");
                builder.AddContent(2, entry);
                builder.CloseElement();
            }
        }
    }
}
