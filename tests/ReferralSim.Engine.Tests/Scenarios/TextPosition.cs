namespace ReferralSim.Engine.Tests.Scenarios;

/// <summary>The 1-based line and column (as editors count them) where a marker starts in a text.</summary>
internal readonly record struct TextPosition(int Line, int Column)
{
    /// <summary>
    /// Where <paramref name="marker"/> starts: its single occurrence in the text, or its first inside
    /// the single occurrence of <paramref name="within"/>. Fails loudly if absent or ambiguous.
    /// </summary>
    public static TextPosition Of(string text, string marker, string? within = null)
    {
        var context = within ?? marker;
        var start = text.IndexOf(context, StringComparison.Ordinal);
        if (start < 0 || text.IndexOf(context, start + 1, StringComparison.Ordinal) >= 0)
        {
            throw new ArgumentException($"'{context}' must occur exactly once in the text", within is null ? nameof(marker) : nameof(within));
        }

        var offset = context.IndexOf(marker, StringComparison.Ordinal);
        if (offset < 0)
        {
            throw new ArgumentException($"'{marker}' does not occur in '{context}'", nameof(marker));
        }

        return At(text, start + offset);
    }

    /// <summary>The position of character <paramref name="index"/>.</summary>
    public static TextPosition At(string text, int index)
    {
        var lineStart = index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;
        var line = 1 + text.AsSpan(0, lineStart).Count('\n');
        return new TextPosition(line, index - lineStart + 1);
    }

    public override string ToString() => $"{Line}:{Column}";
}
