using Microsoft.AspNetCore.Components;

namespace ReferralSim.Web.Components.Live;

/// <summary>
/// A live part of a page: the element (<see cref="Target"/>) whose children a full render replaces by
/// morphing, and the component rendered into it. Most parts are rendered whole from their inputs
/// (<see cref="Whole{TComponent, TModel, TInputs}"/>), worked out from the page's model. A part that
/// only ever grows (a feed) is rendered from the page's model, and names the list that holds its
/// entries (<see cref="Grows"/>): a push then adds the new entries to that list instead of rendering
/// and sending the whole feed again.
/// </summary>
public sealed class LivePart
{
    private LivePart(string target, Type component, Func<object, object>? inputs, GrowingList? grows) =>
        (Target, Component, Inputs, Grows) = (target, component, inputs, grows);

    public string Target { get; }

    public Type Component { get; }

    /// <summary>What a part rendered whole is rendered from, given the page's model; null for a growing part.</summary>
    public Func<object, object>? Inputs { get; }

    public GrowingList? Grows { get; }

    /// <summary>The component's parameter that takes a whole part's inputs.</summary>
    public const string InputsParameter = nameof(IRenderedFrom<object>.Inputs);

    /// <summary>A part rendered whole by <typeparamref name="TComponent"/> from <paramref name="inputs"/> of the page's model.</summary>
    public static LivePart Whole<TComponent, TModel, TInputs>(string target, Func<TModel, TInputs> inputs)
        where TComponent : IComponent, IRenderedFrom<TInputs>
        where TInputs : notnull =>
        new(target, typeof(TComponent), model => inputs((TModel)model), null);

    /// <summary>A part that grows: rendered whole from the page's model, and afterwards added to by <paramref name="list"/>.</summary>
    public static LivePart Growing<TComponent>(string target, GrowingList list) where TComponent : IComponent =>
        new(target, typeof(TComponent), null, list);
}

/// <summary>
/// The list of a growing part: its element id, the component that renders entries from their inputs
/// (<see cref="EntriesInputs"/>: those after a given position, worked out from the page's model),
/// whether the newest come first, and the element shown while the list is empty, removed once it has
/// entries.
/// </summary>
public sealed class GrowingList
{
    private GrowingList(string target, Type entries, bool newestFirst, string emptyTarget, Func<object, long, object> entriesInputs) =>
        (Target, Entries, NewestFirst, EmptyTarget, EntriesInputs) = (target, entries, newestFirst, emptyTarget, entriesInputs);

    public string Target { get; }

    public Type Entries { get; }

    public bool NewestFirst { get; }

    public string EmptyTarget { get; }

    /// <summary>The inputs of the entries after a position (0: all of them), given the page's model.</summary>
    public Func<object, long, object> EntriesInputs { get; }

    /// <summary>A list whose entries <typeparamref name="TEntries"/> renders from <paramref name="entriesInputs"/>.</summary>
    public static GrowingList Of<TEntries, TModel, TInputs>(string target, bool newestFirst, string emptyTarget, Func<TModel, long, TInputs> entriesInputs)
        where TEntries : IComponent, IRenderedFrom<TInputs>
        where TInputs : notnull =>
        new(target, typeof(TEntries), newestFirst, emptyTarget, (model, after) => entriesInputs((TModel)model, after));
}
