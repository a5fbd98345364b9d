namespace ReferralSim.Web.Application;

/// <summary>An accepted command: the session's stream version after it (its events are committed).</summary>
public sealed record CommandReply(long Version, int EventCount);
