using System.ComponentModel;

namespace ReferralSim.Engine.Scenarios.Model;

public sealed record IndicatorDefinition
{
    [Description("The indicator's id.")]
    public required string Id { get; init; }

    [Description("indicator (default) or distractor: noting a distractor is a false alarm.")]
    public IndicatorKind Kind { get; init; } = IndicatorKind.Indicator;

    [Description("The taxonomy id it rests on, e.g. H-01 (see the indicator taxonomy).")]
    public string? Source { get; init; }

    [Description("strong, medium or weak.")]
    public IndicatorStrength? Strength { get; init; }

    [Description("The roles to whom it is shown once revealed.")]
    public required IReadOnlyList<string> SeenBy { get; init; }

    [Description("The observation as participants read it.")]
    public required LocalizedText Text { get; init; }

    public bool IsDistractor => Kind == IndicatorKind.Distractor;
}
