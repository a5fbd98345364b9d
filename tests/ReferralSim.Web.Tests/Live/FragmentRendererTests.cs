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
public sealed class FragmentRendererTests : IAsyncLifetime
{
    private readonly ServiceProvider _services = new ServiceCollection().AddLogging().BuildServiceProvider();
    private readonly FragmentRenderer _renderer;

    public FragmentRendererTests() => _renderer = new FragmentRenderer(_services, _services.GetRequiredService<ILoggerFactory>());

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _services.DisposeAsync().AsTask();

    // The leak test's part is rendered from the model itself, to tell whether the renderer keeps it.
    private static readonly IReadOnlyList<LivePart> Parts = [LivePart.Whole<ModelText, Model, Model>("part", model => model)];

    // The growing part's components take the whole model, by this name.
    private const string ModelParameter = nameof(WholeFeed.Model);

    private static readonly IReadOnlyList<LivePart> FeedParts =
    [
        LivePart.Whole<CountText, Model, CountInputs>("count", model => new CountInputs(model.Text, model.Renders)),
        LivePart.Growing<WholeFeed>("feed", GrowingList.Of<FeedItems, Model, ItemsInputs>("entries", newestFirst: false, "empty", ItemsInputs.Of)),
    ];

    [Fact]
    public async Task AModelIsNotKeptOnceItsFragmentsAreRendered()
    {
        var (model, html) = await RenderOnceAsync(_renderer);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.Contains("<turbo-stream action=\"update\" method=\"morph\" target=\"part\"><template><p>a model</p></template>", html, StringComparison.Ordinal);
        Assert.False(model.TryGetTarget(out _), "the renderer still holds the model it rendered");
    }

    [Fact]
    public async Task RendersAreIndependentAndInTheirOwnLanguage()
    {
        var renders = await Task.WhenAll(
            _renderer.RenderAsync(Parts, ModelParameter, new Model("one"), "el"),
            _renderer.RenderAsync(Parts, ModelParameter, new Model("two"), "it"),
            _renderer.RenderAsync(Parts, ModelParameter, new Model("three"), "en"));

        Assert.Contains("<p>one el</p>", renders[0], StringComparison.Ordinal);
        Assert.Contains("<p>two it</p>", renders[1], StringComparison.Ordinal);
        Assert.Contains("<p>three</p>", renders[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWholeRenderUpdatesEveryPartAndAPushAddsOnlyTheNewerEntries()
    {
        var model = new Model("three", [1, 4, 7]);

        var whole = await _renderer.RenderAsync(FeedParts, ModelParameter, model, "en");
        var push = await _renderer.RenderAsync(FeedParts, ModelParameter, model, "en", after: 4);
        var nothingNew = await _renderer.RenderAsync(FeedParts, ModelParameter, model, "en", after: 7);

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
    public async Task APushNeitherRendersNorSendsThePartsWhoseInputsAreAsLastSentToTheGroup()
    {
        var sent = new SentParts();
        var renders = new RenderCount();
        const string countUpdate = "<turbo-stream action=\"update\" method=\"morph\" target=\"count\">";

        var whole = await _renderer.RenderAsync(FeedParts, ModelParameter, new Model("three", [1, 4, 7], renders), "en", sent: sent);
        var sameCount = await _renderer.RenderAsync(FeedParts, ModelParameter, new Model("three", [1, 4, 7, 9], renders), "en", after: 7, sent: sent);
        var rendersWhileTheSame = renders.Count;
        var newCount = await _renderer.RenderAsync(FeedParts, ModelParameter, new Model("four", [1, 4, 7, 9], renders), "en", after: 9, sent: sent);
        var wholeAgain = await _renderer.RenderAsync(FeedParts, ModelParameter, new Model("four", [1, 4, 7, 9], renders), "en", sent: sent);

        Assert.Contains(countUpdate, whole, StringComparison.Ordinal);
        Assert.Equal(
            "<turbo-stream action=\"append\" target=\"entries\"><template><li id=\"e-9\">9</li></template></turbo-stream>"
            + "<turbo-stream action=\"remove\" target=\"empty\"><template></template></turbo-stream>",
            sameCount);
        Assert.Equal(1, rendersWhileTheSame);
        Assert.Equal(countUpdate + "<template><p>four</p></template></turbo-stream>", newCount);
        Assert.Contains(countUpdate, wholeAgain, StringComparison.Ordinal);
        Assert.Equal(3, renders.Count);
    }

    [Fact]
    public async Task GroupsShownEqualInputsInOneTurnShareOneRenderPerLanguage()
    {
        var renders = new RenderCount();
        var turn = new RenderCache();
        var model = new Model("three", [1, 4, 7], renders);

        // The same push to two groups in English and one in Greek, each group with what it was last sent.
        var groups = new[] { ("en", new SentParts()), ("en", new SentParts()), ("el", new SentParts()) };
        foreach (var (_, sent) in groups)
        {
            sent.Sent("count", new CountInputs("two", renders));
        }

        var pushes = new List<string>();
        foreach (var (culture, sent) in groups)
        {
            pushes.Add(await _renderer.RenderAsync(FeedParts, ModelParameter, model, culture, after: 4, sent, turn));
        }

        Assert.Equal(2, renders.Count);
        Assert.Equal(pushes[0], pushes[1]);
        Assert.Contains("<li id=\"e-7\">7</li>", pushes[2], StringComparison.Ordinal);
        Assert.Contains("<p>three</p>", pushes[2], StringComparison.Ordinal);
    }

    [Fact]
    public void InputsHoldingListsAreEqualWhenTheirItemsAre()
    {
        var inputs = new ListInputs("a", new[] { 1, 2, 3 }.ToValueList());

        Assert.Equal(inputs, new ListInputs("a", new List<int> { 1, 2, 3 }.ToValueList()));
        Assert.Equal(inputs.GetHashCode(), new ListInputs("a", new[] { 1, 2, 3 }.ToValueList()).GetHashCode());
        Assert.NotEqual(inputs, new ListInputs("a", new[] { 1, 3, 2 }.ToValueList()));
        Assert.NotEqual(inputs, new ListInputs("a", new[] { 1, 2 }.ToValueList()));
    }

    // Not inlined, so no local of the test method keeps the model alive.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task<(WeakReference<Model> Model, string Html)> RenderOnceAsync(FragmentRenderer renderer)
    {
        var model = new Model("a model");
        var html = await renderer.RenderAsync(Parts, ModelParameter, model, "en");
        return (new WeakReference<Model>(model), html);
    }

    public sealed record Model(string Text, IReadOnlyList<long>? Entries = null, RenderCount? Renders = null);

    public sealed record CountInputs(string Text, RenderCount? Renders);

    public sealed record ItemsInputs(ValueList<long> Entries)
    {
        public static ItemsInputs Of(Model model, long after) => new(model.Entries!.Where(e => e > after).ToValueList());
    }

    public sealed record ListInputs(string Text, ValueList<int> Items);

    /// <summary>How many times a part was rendered (one instance per test: equal to itself only).</summary>
    public sealed class RenderCount
    {
        public int Count { get; set; }
    }

    /// <summary>Renders the model's text, and the UI language when it is not English.</summary>
    public sealed class ModelText : ComponentBase, IRenderedFrom<Model>
    {
        [Parameter, EditorRequired] public Model Inputs { get; set; } = null!;

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            var culture = System.Globalization.CultureInfo.CurrentUICulture.Name;
            builder.OpenElement(0, "p");
            builder.AddContent(1, culture is "en" ? Inputs.Text : $"{Inputs.Text} {culture}");
            builder.CloseElement();
        }
    }

    /// <summary>Renders the count's text, and counts its renders.</summary>
    public sealed class CountText : ComponentBase, IRenderedFrom<CountInputs>
    {
        [Parameter, EditorRequired] public CountInputs Inputs { get; set; } = null!;

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            if (Inputs.Renders is { } renders)
            {
                renders.Count++;
            }

            builder.OpenElement(0, "p");
            builder.AddContent(1, Inputs.Text);
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
            builder.AddComponentParameter(3, nameof(FeedItems.Inputs), ItemsInputs.Of(Model, 0));
            builder.CloseComponent();
            builder.CloseElement();
        }
    }

    /// <summary>Entries of the feed.</summary>
    public sealed class FeedItems : ComponentBase, IRenderedFrom<ItemsInputs>
    {
        [Parameter, EditorRequired] public ItemsInputs Inputs { get; set; } = null!;

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            foreach (var entry in Inputs.Entries)
            {
                builder.OpenElement(0, "li");
                builder.AddAttribute(1, "id", $"e-{entry}");
                builder.AddContent(2, entry);
                builder.CloseElement();
            }
        }
    }
}
