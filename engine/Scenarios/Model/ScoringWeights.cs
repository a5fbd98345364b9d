using System.ComponentModel;

namespace ReferralSim.Engine.Scenarios.Model;

/// <summary>
/// Every number the debrief scores with. The defaults are SCORING.md's proposal (identification 40,
/// process 35, timeliness 25; S 3, M 2, W 1); experts calibrate them per scenario without code.
/// </summary>
public sealed record ScoringWeights
{
    public static ScoringWeights Default { get; } = new();

    [Description("Points for identification: noticing and noting the indicators (default 40).")]
    public int Identification { get; init; } = 40;

    [Description("Points for process: the critical actions done (default 35).")]
    public int Process { get; init; } = 35;

    [Description("Points for timeliness: the referral and timed actions within their deadlines (default 25).")]
    public int Timeliness { get; init; } = 25;

    [Description("Weight of a strong indicator (default 3).")]
    public int Strong { get; init; } = 3;

    [Description("Weight of a medium indicator (default 2).")]
    public int Medium { get; init; } = 2;

    [Description("Weight of a weak indicator (default 1).")]
    public int Weak { get; init; } = 1;

    [Description("Indicator weight taken off identification per distractor noted (default 1: a light penalty; 0 for none).")]
    public int FalseAlarm { get; init; } = 1;

    [Description("Points taken off the total per major harm (default 10).")]
    public int MajorHarm { get; init; } = 10;

    [Description("Points taken off the total per minor harm (default 3).")]
    public int MinorHarm { get; init; } = 3;

    /// <summary>The sub-scores together: what a perfect run scores.</summary>
    public int Total => Identification + Process + Timeliness;

    public int WeightOf(IndicatorStrength strength) => strength switch
    {
        IndicatorStrength.Strong => Strong,
        IndicatorStrength.Medium => Medium,
        _ => Weak,
    };
}
