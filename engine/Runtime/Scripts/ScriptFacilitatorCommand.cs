namespace ReferralSim.Engine.Runtime.Scripts;

/// <summary>What a script step can ask of the facilitator.</summary>
public enum ScriptFacilitatorCommand
{
    Start,
    Pause,
    Resume,
    End,
}
