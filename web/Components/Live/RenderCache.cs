namespace ReferralSim.Web.Components.Live;

/// <summary>
/// The HTML rendered during one turn of a session's pushes, by component, UI language and inputs. The
/// pushes of one commit go to each role (and the board) in each language used, and most show equal
/// inputs (the same status, the same new message); each is rendered once and the rest reuse it, which
/// is exact because a component renders from nothing but its inputs and the language
/// (<see cref="IRenderedFrom{TInputs}"/>). Kept for one turn only, so it holds nothing between commits.
/// </summary>
public sealed class RenderCache
{
    private readonly Dictionary<(Type Component, string Culture, object Inputs), string> _html = [];

    public bool TryGet(Type component, string culture, object inputs, out string html) =>
        _html.TryGetValue((component, culture, inputs), out html!);

    public void Add(Type component, string culture, object inputs, string html) => _html[(component, culture, inputs)] = html;
}
