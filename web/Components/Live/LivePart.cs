namespace ReferralSim.Web.Components.Live;

/// <summary>
/// A live part of a page: the element (<paramref name="Target"/>) whose children a full render
/// replaces by morphing, with the component rendered into it. A part that only ever grows (a feed)
/// names the list that holds its entries in <paramref name="Grows"/>: a push then adds the new entries
/// to that list instead of rendering and sending the whole feed again.
/// </summary>
public sealed record LivePart(string Target, Type Component, GrowingList? Grows = null);

/// <summary>
/// The list of a growing part: its element id, the component that renders the entries after a given
/// sequence (parameter <see cref="AfterParameter"/>), whether the newest come first, and the element
/// shown while the list is empty, removed once it has entries.
/// </summary>
public sealed record GrowingList(string Target, Type Entries, bool NewestFirst, string EmptyTarget)
{
    /// <summary>The entries component's parameter: the sequence of the last event the browser already shows.</summary>
    public const string AfterParameter = "After";
}
