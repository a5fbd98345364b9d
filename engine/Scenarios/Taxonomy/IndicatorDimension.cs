namespace ReferralSim.Engine.Scenarios.Taxonomy;

/// <summary>
/// The six ILO/EC dimensions (deceptive, coercive, abusive recruitment; exploitative conditions;
/// coercion and abuse of vulnerability at destination), plus clinical cues and the possible-minor
/// override from the hospital taxonomy.
/// </summary>
public enum IndicatorDimension
{
    Dec,
    Crc,
    Avr,
    Exp,
    Cod,
    Avd,
    Clinical,
    Minor,
}
