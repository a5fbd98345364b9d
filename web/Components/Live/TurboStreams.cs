using System.Text.Encodings.Web;

namespace ReferralSim.Web.Components.Live;

/// <summary>
/// The one place turbo-stream HTML is built. The target id is encoded here; the content written
/// between <see cref="Open"/> and <see cref="Close"/> must be HTML rendered by Razor (which encodes
/// every text), never user text or a MarkupString.
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

    /// <summary>Starts a stream on element <paramref name="target"/>: its content follows, then <see cref="Close"/>.</summary>
    public static void Open(TextWriter streams, Action action, string target)
    {
        ArgumentNullException.ThrowIfNull(streams);
        streams.Write(action switch
        {
            Action.Update => "<turbo-stream action=\"update\" method=\"morph\" target=\"",
            Action.Append => "<turbo-stream action=\"append\" target=\"",
            Action.Prepend => "<turbo-stream action=\"prepend\" target=\"",
            _ => "<turbo-stream action=\"remove\" target=\"",
        });
        HtmlEncoder.Default.Encode(streams, target);
        streams.Write("\"><template>");
    }

    public static void Close(TextWriter streams)
    {
        ArgumentNullException.ThrowIfNull(streams);
        streams.Write("</template></turbo-stream>");
    }

    /// <summary>Removes element <paramref name="target"/>.</summary>
    public static void Remove(TextWriter streams, string target)
    {
        Open(streams, Action.Remove, target);
        Close(streams);
    }
}
