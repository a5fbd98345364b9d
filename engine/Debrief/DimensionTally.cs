using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Debrief;

/// <summary>Counts one dimension's indicators by strength and applies the ILO/EC combination rule.</summary>
internal sealed class DimensionTally
{
    public int Strong { get; private set; }

    public int Medium { get; private set; }

    public int Weak { get; private set; }

    public void Add(IndicatorStrength strength)
    {
        switch (strength)
        {
            case IndicatorStrength.Strong:
                Strong++;
                break;
            case IndicatorStrength.Medium:
                Medium++;
                break;
            default:
                Weak++;
                break;
        }
    }

    /// <summary>2 strong; or 1 strong + 1 medium or weak; or 3 medium; or 2 medium + 1 weak (INDICATORS.md).</summary>
    public bool IsPositive =>
        Strong >= 2 || (Strong >= 1 && Medium + Weak >= 1) || Medium >= 3 || (Medium >= 2 && Weak >= 1);
}
