namespace ReferralSim.Web.Storage;

/// <summary>For <c>/healthz</c>: which provider, and whether a trivial query worked (and if not, why).</summary>
public sealed record StorageHealth(string Provider, bool Healthy, string? Error);
