namespace ReferralSim.Engine.Runtime.Commands;

/// <summary>A refused command: a stable code and a sentence for the person who sent it.</summary>
public sealed record CommandRejection(RejectionCode Code, string Message);
