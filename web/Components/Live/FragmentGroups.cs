using System.Collections.Concurrent;

namespace ReferralSim.Web.Components.Live;

/// <summary>
/// SignalR groups for pushed fragments: one per role of a session and UI language, since the HTML
/// holds UI text. Counts the connections in each, so the publisher renders only for groups someone is
/// in, and keeps what each group was last sent (<see cref="SentParts"/>) for as long as anyone is in it.
/// </summary>
public sealed class FragmentGroups
{
    private readonly ConcurrentDictionary<string, Audience> _groups = new(StringComparer.Ordinal);

    public static string Name(Guid sessionId, string role, string culture) => $"session:{sessionId:N}:role:{role}:ui:{culture}";

    /// <summary>The group of a session's facilitator connections in one UI language (a role id cannot start with '$').</summary>
    public static string Facilitator(Guid sessionId, string culture) => Name(sessionId, "$facilitator", culture);

    public bool HasMembers(string group) => _groups.TryGetValue(group, out var audience) && audience.Count > 0;

    /// <summary>What the group was last sent; null when nobody is in it (a push to it reaches no one).</summary>
    public SentParts? Sent(string group) => _groups.TryGetValue(group, out var audience) && audience.Count > 0 ? audience.Sent : null;

    public void Joined(string group) => _groups.AddOrUpdate(group, _ => new Audience(1, new SentParts()), (_, audience) => audience with { Count = audience.Count + 1 });

    public void Left(string group)
    {
        var remaining = _groups.AddOrUpdate(group, _ => new Audience(0, new SentParts()), (_, audience) => audience with { Count = Math.Max(0, audience.Count - 1) });
        if (remaining.Count == 0)
        {
            _groups.TryRemove(new KeyValuePair<string, Audience>(group, remaining));
        }
    }

    private sealed record Audience(int Count, SentParts Sent);
}
