using System.ComponentModel;
using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Scenarios.Directories;

public sealed record ReferralService
{
    [Description("Country prefix and a short name: gr-a21-1109.")]
    public required string Id { get; init; }

    [Description("The service's name.")]
    public required LocalizedText Name { get; init; }

    [Description("The organisation as the source names it.")]
    public string? Organisation { get; init; }

    [Description("What kind of service it is.")]
    public required ServiceKind Kind { get; init; }

    [Description("What it does, in a sentence or two.")]
    public required LocalizedText Description { get; init; }

    [Description("Digits with an optional leading + and spaces; never invented.")]
    public string? Phone { get; init; }

    [Description("When it can be reached, as the source says: 24/7.")]
    public string? Hours { get; init; }

    [Description("Languages it works in (ISO 639-1).")]
    public IReadOnlyList<string> Languages { get; init; } = [];

    [Description("adults and/or minors.")]
    public required IReadOnlyList<ServedGroup> Serves { get; init; }

    [Description("Its place in the National Referral Mechanism.")]
    public LocalizedText? NrmRole { get; init; }

    [Description("For regional services: the region.")]
    public string? Region { get; init; }

    [Description("Where the facts come from.")]
    public required string Source { get; init; }
}
