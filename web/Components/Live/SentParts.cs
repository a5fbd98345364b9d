namespace ReferralSim.Web.Components.Live;

/// <summary>
/// What a fragment group was last sent of each part rendered whole, so a push can leave out a part
/// that reads the same. Safe because a page applies a push only when it has applied the push before
/// it (or fetched the whole page since, which is never older): either way it already shows that part.
/// Used by one push at a time: a session's pushes are rendered and sent in order by one drainer.
/// </summary>
public sealed class SentParts
{
    private readonly Dictionary<string, string> _html = new(StringComparer.Ordinal);

    /// <summary>True when <paramref name="target"/> was last sent as <paramref name="html"/>; otherwise remembers it as sent.</summary>
    public bool AlreadySent(string target, string html)
    {
        if (_html.TryGetValue(target, out var last) && string.Equals(last, html, StringComparison.Ordinal))
        {
            return true;
        }

        _html[target] = html;
        return false;
    }

    /// <summary>Remembers a whole render: every part as sent.</summary>
    public void Sent(string target, string html) => _html[target] = html;
}
