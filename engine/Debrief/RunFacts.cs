using ReferralSim.Engine.Runtime.Events;
using ReferralSim.Engine.Scenarios;
using ReferralSim.Engine.Scenarios.Model;
using ReferralSim.Engine.Scenarios.Taxonomy;

namespace ReferralSim.Engine.Debrief;

/// <summary>
/// The facts a debrief needs, folded from the log in one pass: who saw and noted what when, what
/// was done, which flags were set, the referrals (with whether consent was then given), the harms,
/// the messages, the end. Reasonable grounds are found during the same pass, at the first event
/// that makes them true.
/// </summary>
internal sealed class RunFacts
{
    private readonly ScenarioIndex _index;
    private readonly string? _consentFlag;
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);
    private readonly Dictionary<IndicatorDimension, DimensionTally> _tallies = [];
    private readonly Dictionary<IndicatorDimension, List<string>> _availableByDimension = [];

    private RunFacts(CompiledScenario scenario)
    {
        _index = scenario.Index;
        _consentFlag = scenario.Definition.Scoring?.Referral?.ConsentFlag;
    }

    public Dictionary<string, SimTime> RevealedAt { get; } = new(StringComparer.Ordinal);

    public Dictionary<(string Indicator, string Role), SimTime> SeenAt { get; } = [];

    public Dictionary<(string Indicator, string Role), SimTime> NotedAt { get; } = [];

    public List<ConcernNoted> Notes { get; } = [];

    public List<ActionPerformed> Actions { get; } = [];

    public Dictionary<string, ActionPerformed> FirstDone { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, SimTime> FirstFlagSet { get; } = new(StringComparer.Ordinal);

    public List<(ReferralMade Referral, bool ConsentGiven)> Referrals { get; } = [];

    public List<HarmDone> Harms { get; } = [];

    public List<MessageSent> Messages { get; } = [];

    public List<IndicatorRevealed> Reveals { get; } = [];

    public RunEnded? Ended { get; private set; }

    public SimTime LastAt { get; private set; }

    public ReasonableGrounds? Grounds { get; private set; }

    public bool PossibleMinor { get; private set; }

    public static RunFacts Fold(CompiledScenario scenario, IReadOnlyList<RunEvent> events)
    {
        var facts = new RunFacts(scenario);
        foreach (var runEvent in events)
        {
            facts.Apply(runEvent);
        }

        return facts;
    }

    /// <summary>The taxonomy dimension and the strength that count for an indicator (its own strength first).</summary>
    public static (IndicatorDimension? Dimension, IndicatorStrength? Strength) Classify(IndicatorDefinition indicator)
    {
        if (indicator.IsDistractor)
        {
            return (null, null);
        }

        var entry = indicator.Source is { } source ? IndicatorTaxonomy.Find(source) : null;
        return (entry?.Dimension, indicator.Strength ?? entry?.Strength ?? IndicatorStrength.Weak);
    }

    private void Apply(RunEvent runEvent)
    {
        LastAt = SimTime.Max(LastAt, runEvent.At);
        switch (runEvent)
        {
            case IndicatorRevealed revealed:
                Reveal(revealed);
                break;
            case ConcernNoted noted:
                Notes.Add(noted);
                NotedAt.TryAdd((noted.Indicator, noted.Role), noted.At);
                break;
            case ActionPerformed performed:
                Actions.Add(performed);
                FirstDone.TryAdd(performed.Action, performed);
                break;
            case FlagSet set:
                _flags.Add(set.Flag);
                FirstFlagSet.TryAdd(set.Flag, set.At);
                break;
            case FlagCleared cleared:
                _flags.Remove(cleared.Flag);
                break;
            case ReferralMade referral:
                Referrals.Add((referral, _consentFlag is null || _flags.Contains(_consentFlag)));
                break;
            case HarmDone harm:
                Harms.Add(harm);
                break;
            case MessageSent message:
                Messages.Add(message);
                break;
            case RunEnded ended:
                Ended ??= ended;
                break;
        }
    }

    private void Reveal(IndicatorRevealed revealed)
    {
        if (!_index.Indicators.TryGetValue(revealed.Indicator, out var indicator))
        {
            return;
        }

        var roles = revealed.Audience.Everyone ? _index.Roles.Keys : revealed.Audience.Roles;
        foreach (var role in roles)
        {
            SeenAt.TryAdd((indicator.Id, role), revealed.At);
        }

        if (!RevealedAt.TryAdd(indicator.Id, revealed.At))
        {
            return;
        }

        Reveals.Add(revealed);
        var (dimension, strength) = Classify(indicator);
        if (strength is not { } counted)
        {
            return;
        }

        PossibleMinor |= dimension == IndicatorDimension.Minor;
        if (dimension is { } known)
        {
            Tally(known).Add(counted);
            AvailableIn(known).Add(indicator.Id);
        }

        Grounds ??= GroundsAfter(indicator.Id, dimension, counted, revealed.At);
    }

    /// <summary>Reasonable grounds, if the indicator just made available gives them (SCORING.md, timeliness).</summary>
    private ReasonableGrounds? GroundsAfter(string indicator, IndicatorDimension? dimension, IndicatorStrength strength, SimTime at)
    {
        if (dimension == IndicatorDimension.Minor)
        {
            return new ReasonableGrounds(at, ReasonableGroundsRule.PossibleMinor, [indicator]);
        }

        if (strength == IndicatorStrength.Strong)
        {
            return new ReasonableGrounds(at, ReasonableGroundsRule.StrongIndicator, [indicator]);
        }

        return dimension is IndicatorDimension.Cod or IndicatorDimension.Avd && Tally(dimension.Value).IsPositive
            ? new ReasonableGrounds(at, ReasonableGroundsRule.MeansDimensionPositive, [.. AvailableIn(dimension.Value)])
            : null;
    }

    private DimensionTally Tally(IndicatorDimension dimension)
    {
        if (!_tallies.TryGetValue(dimension, out var tally))
        {
            _tallies[dimension] = tally = new DimensionTally();
        }

        return tally;
    }

    private List<string> AvailableIn(IndicatorDimension dimension)
    {
        if (!_availableByDimension.TryGetValue(dimension, out var list))
        {
            _availableByDimension[dimension] = list = [];
        }

        return list;
    }
}
