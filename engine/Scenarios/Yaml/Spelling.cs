namespace ReferralSim.Engine.Scenarios.Yaml;

/// <summary>Finds the likely intended word for a typo, for "did you mean" hints.</summary>
public static class Spelling
{
    public static string? Closest(string value, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(value, candidate);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        // A third of the word may be wrong: 'doktor' finds 'doctor', 'xyz' finds nothing.
        return best is not null && bestDistance <= Math.Max(1, value.Length / 3) ? best : null;
    }

    /// <summary>
    /// Edit distance where swapping two neighbouring letters counts as one edit, as it does for the
    /// typist ('nures' is one slip from 'nurse'): optimal string alignment, three rows.
    /// </summary>
    public static int Distance(string a, string b)
    {
        var beforePrevious = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), substitution);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    current[j] = Math.Min(current[j], beforePrevious[j - 2] + 1);
                }
            }

            (beforePrevious, previous, current) = (previous, current, beforePrevious);
        }

        return previous[b.Length];
    }
}
