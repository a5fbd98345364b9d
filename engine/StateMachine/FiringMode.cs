namespace ReferralSim.Engine.StateMachine;

/// <summary>How a trigger fired while another is being handled is processed.</summary>
public enum FiringMode
{
    /// <summary>Nested triggers run at once, inside the transition that fired them.</summary>
    Immediate,

    /// <summary>Nested triggers wait until the current transition has completed (run-to-completion).</summary>
    Queued,
}
