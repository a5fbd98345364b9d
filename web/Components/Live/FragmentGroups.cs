using System.Collections.Concurrent;

namespace ReferralSim.Web.Components.Live;

/// <summary>
/// SignalR groups for pushed fragments: one per role of a session and UI language, since the HTML
/// holds UI text. Counts the connections in each, so the publisher renders only for groups someone is in.
/// </summary>
public sealed class FragmentGroups
{
    private readonly ConcurrentDictionary<string, int> _members = new(StringComparer.Ordinal);

    public static string Name(Guid sessionId, string role, string culture) => $"session:{sessionId:N}:role:{role}:ui:{culture}";

    /// <summary>The group of a session's facilitator connections in one UI language (a role id cannot start with '$').</summary>
    public static string Facilitator(Guid sessionId, string culture) => Name(sessionId, "$facilitator", culture);

    public bool HasMembers(string group) => _members.TryGetValue(group, out var count) && count > 0;

    public void Joined(string group) => _members.AddOrUpdate(group, 1, (_, count) => count + 1);

    public void Left(string group)
    {
        var remaining = _members.AddOrUpdate(group, 0, (_, count) => Math.Max(0, count - 1));
        if (remaining == 0)
        {
            _members.TryRemove(new KeyValuePair<string, int>(group, 0));
        }
    }
}
