namespace ReferralSim.Engine.Scenarios.Model.Guards;

/// <summary>What a guard may ask of a run. The runtime answers from its state; tools answer from theirs.</summary>
public interface IGuardContext
{
    SimTime Now { get; }

    bool IsSet(string flag);

    bool IsInState(string state);

    bool IsDone(string action);

    bool IsRevealed(string indicator);
}
