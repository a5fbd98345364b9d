namespace ReferralSim.Engine.Scenarios.Diagnostics;

/// <summary>Where in an author's file something is: 1-based line and column, as editors count.</summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    public override string ToString() => $"{File}:{Line}:{Column}";
}
