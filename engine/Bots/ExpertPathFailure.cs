using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Bots;

/// <summary>Why the expert path could not be played: the step (0-based) and the reason.</summary>
public sealed record ExpertPathFailure(int StepIndex, ExpertStep Step, string Reason)
{
    /// <summary>The step as authors wrote it: <c>nurse: do ask-companion-to-wait</c>.</summary>
    public string StepText => Step.Do is { } action ? $"{Step.By}: do {action}" : $"{Step.By}: refer {Step.Refer}";
}
