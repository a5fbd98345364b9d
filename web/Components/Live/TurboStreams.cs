using System.Text;
using System.Text.Encodings.Web;

namespace ReferralSim.Web.Components.Live;

/// <summary>
/// The one place turbo-stream HTML is built. The target id is encoded here; the content must be
/// HTML rendered by Razor (which encodes every text), never user text or a MarkupString.
/// </summary>
public static class TurboStreams
{
    public const string ContentType = "text/vnd.turbo-stream.html";

    /// <summary>Replaces the children of element <paramref name="target"/> by morphing, so unchanged nodes (and focus) stay.</summary>
    public static void AppendUpdate(StringBuilder streams, string target, string renderedHtml) =>
        Append(streams, "update", target, renderedHtml, morph: true);

    /// <summary>
    /// Adds elements at the end (or, <paramref name="atStart"/>, the start) of element <paramref name="target"/>.
    /// Turbo first removes the target's children with the same ids, so an entry sent twice is shown once.
    /// </summary>
    public static void AppendAdd(StringBuilder streams, string target, string renderedHtml, bool atStart) =>
        Append(streams, atStart ? "prepend" : "append", target, renderedHtml);

    /// <summary>Removes element <paramref name="target"/> (nothing happens if the page has none).</summary>
    public static void AppendRemove(StringBuilder streams, string target) => Append(streams, "remove", target, "");

    private static void Append(StringBuilder streams, string action, string target, string renderedHtml, bool morph = false)
    {
        ArgumentNullException.ThrowIfNull(streams);
        streams.Append("<turbo-stream action=\"").Append(action).Append(morph ? "\" method=\"morph" : "").Append("\" target=\"")
            .Append(HtmlEncoder.Default.Encode(target))
            .Append("\"><template>")
            .Append(renderedHtml)
            .Append("</template></turbo-stream>");
    }
}
