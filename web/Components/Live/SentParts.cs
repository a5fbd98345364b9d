namespace ReferralSim.Web.Components.Live;

/// <summary>
/// What a fragment group was last sent of each part rendered whole: the inputs it was rendered from.
/// A push leaves out a part whose inputs are equal, since they render the same HTML
/// (<see cref="IRenderedFrom{TInputs}"/>), and does not render it at all. Safe because a page applies
/// a push only when it has applied the push before it (or fetched the whole page since, which is
/// never older): either way it already shows that part. Used by one push at a time: a session's
/// pushes are rendered and sent in order by one drainer.
/// </summary>
public sealed class SentParts
{
    private readonly Dictionary<string, object> _inputs = new(StringComparer.Ordinal);

    /// <summary>True when <paramref name="target"/> was last sent from equal <paramref name="inputs"/>; otherwise remembers them as sent.</summary>
    public bool AlreadySent(string target, object inputs)
    {
        // Equal inputs keep the ones already held: they are long-lived by now, and the new ones die young.
        if (_inputs.TryGetValue(target, out var last) && Equals(last, inputs))
        {
            return true;
        }

        _inputs[target] = inputs;
        return false;
    }

    /// <summary>Remembers a whole render: every part as sent.</summary>
    public void Sent(string target, object inputs) => _inputs[target] = inputs;
}
