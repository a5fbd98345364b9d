namespace ReferralSim.Engine.Runtime;

/// <summary>
/// Who may see an event: everyone, or the listed roles. The facilitator sees every event whatever
/// its audience. The server filters by this before it sends, so it is a security property.
/// </summary>
public sealed record Audience(bool Everyone, IReadOnlyList<string> Roles)
{
    public static Audience All { get; } = new(true, []);

    /// <summary>No participant: the facilitator and the debrief only.</summary>
    public static Audience Facilitator { get; } = new(false, []);

    public static Audience Of(IEnumerable<string> roles) => new(false, [.. roles.Distinct(StringComparer.Ordinal)]);

    public bool Includes(string role)
    {
        // Indexed, not LINQ: every role's view walks the whole log with this after every commit, and
        // enumerating the list through its interface would allocate once per event.
        if (Everyone)
        {
            return true;
        }

        for (var i = 0; i < Roles.Count; i++)
        {
            if (string.Equals(Roles[i], role, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public bool Equals(Audience? other) =>
        other is not null && Everyone == other.Everyone && Roles.SequenceEqual(other.Roles, StringComparer.Ordinal);

    public override int GetHashCode() => HashCode.Combine(Everyone, Roles.Count);
}
