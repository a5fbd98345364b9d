namespace ReferralSim.Engine.Debrief;

/// <summary>What became of one indicator or distractor in a run.</summary>
public enum IndicatorStatus
{
    /// <summary>A true indicator that someone noted.</summary>
    Noted,

    /// <summary>A true indicator shown to some role and noted by nobody.</summary>
    Missed,

    /// <summary>Never shown, because nobody took the action that reveals it ("never asked"); not counted as missed.</summary>
    NeverRevealed,

    /// <summary>A distractor that someone noted.</summary>
    FalseAlarm,

    /// <summary>A distractor shown and rightly left alone.</summary>
    DistractorIgnored,
}
