namespace ReferralSim.Engine.Runtime;

/// <summary>What makes one run of a scenario differ from another: the seed (people) and the language.</summary>
public sealed record RunOptions(int Seed, string Language)
{
    /// <summary>Longest message a participant may send, in characters.</summary>
    public int MaxMessageLength { get; init; } = 2000;
}
