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
    private static readonly IReadOnlyList<(string Target, Type Component)> Parts = [("part", typeof(ModelText))];

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

    // Not inlined, so no local of the test method keeps the model alive.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task<(WeakReference<Model> Model, string Html)> RenderOnceAsync(FragmentRenderer renderer)
    {
        var model = new Model("a model");
        var html = await renderer.RenderAsync(Parts, nameof(ModelText.Model), model, "en");
        return (new WeakReference<Model>(model), html);
    }

    public sealed record Model(string Text);

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
}
