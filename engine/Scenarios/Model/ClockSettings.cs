using System.ComponentModel;

namespace ReferralSim.Engine.Scenarios.Model;

public sealed record ClockSettings
{
    [Description("The time of day the story starts, shown on the clock: \"22:40\".")]
    public ClockTime Start { get; init; } = ClockTime.Placeholder;

    [Description("Simulated minutes per real minute.")]
    public double Speed { get; init; } = 1;

    [Description("How long the story may run; the run ends with outcome time-up then.")]
    public required SimTime Limit { get; init; }
}
