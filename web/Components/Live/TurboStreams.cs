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
    public static void AppendUpdate(StringBuilder streams, string target, string renderedHtml)
    {
        ArgumentNullException.ThrowIfNull(streams);
        streams.Append("<turbo-stream action=\"update\" method=\"morph\" target=\"")
            .Append(HtmlEncoder.Default.Encode(target))
            .Append("\"><template>")
            .Append(renderedHtml)
            .Append("</template></turbo-stream>");
    }
}
