namespace ReferralSim.Engine.Tests.Scenarios;

/// <summary>The 1-based line and column (as editors count them) where a marker starts in a text.</summary>
internal readonly record struct TextPosition(int Line, int Column)
{
    /// <summary>Where the single occurrence of <paramref name="marker"/> starts; fails loudly if it is absent or ambiguous.</summary>
    public static TextPosition Of(string text, string marker)
    {
        var index = text.IndexOf(marker, StringComparison.Ordinal);
        if (index < 0 || text.IndexOf(marker, index + 1, StringComparison.Ordinal) >= 0)
        {
            throw new ArgumentException($"'{marker}' must occur exactly once in the text", nameof(marker));
        }

        return At(text, index);
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
