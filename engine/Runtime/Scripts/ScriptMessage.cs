using System.ComponentModel;

namespace ReferralSim.Engine.Runtime.Scripts;

/// <summary>A message a script step sends from its role.</summary>
public sealed record ScriptMessage
{
    [Description("The roles it is for.")]
    public required IReadOnlyList<string> To { get; init; }

    [Description("What it says.")]
    public required string Text { get; init; }
}
