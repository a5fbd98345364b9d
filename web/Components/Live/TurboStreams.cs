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

    /// <summary>What a stream does with its content.</summary>
    public enum Action
    {
        /// <summary>Replaces the children of the target by morphing, so unchanged nodes (and focus) stay.</summary>
        Update,

        /// <summary>
        /// Adds elements at the end of the target. Turbo first removes the target's children with the
        /// same ids, so an entry sent twice is shown once.
        /// </summary>
        Append,

        /// <summary>As <see cref="Append"/>, at the start.</summary>
        Prepend,

        /// <summary>Removes the target (nothing happens if the page has none); it has no content.</summary>
        Remove,
    }

    /// <summary>Writes a stream on element <paramref name="target"/> holding <paramref name="renderedHtml"/> (empty for <see cref="Action.Remove"/>).</summary>
    public static void Write(StringBuilder streams, Action action, string target, string renderedHtml)
    {
        ArgumentNullException.ThrowIfNull(streams);
        streams.Append(action switch
            {
                Action.Update => "<turbo-stream action=\"update\" method=\"morph\" target=\"",
                Action.Append => "<turbo-stream action=\"append\" target=\"",
                Action.Prepend => "<turbo-stream action=\"prepend\" target=\"",
                Action.Remove => "<turbo-stream action=\"remove\" target=\"",
                _ => throw new ArgumentOutOfRangeException(nameof(action), action, "no turbo-stream action of that name"),
            })
            .Append(HtmlEncoder.Default.Encode(target))
            .Append("\"><template>")
            .Append(renderedHtml)
            .Append("</template></turbo-stream>");
    }
}
