namespace ReferralSim.Engine.Bots;

/// <summary>The expert playthrough: how many steps were taken, and why it stopped short if it did.</summary>
public sealed record ExpertReport(PlaythroughResult Playthrough, int StepsTaken, ExpertPathFailure? Failure)
{
    public bool Succeeded => Failure is null;
}
