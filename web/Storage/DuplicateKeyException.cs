namespace ReferralSim.Web.Storage;

/// <summary>A unique key (a join code, a user name) is already taken.</summary>
public sealed class DuplicateKeyException(string message, Exception? inner = null) : Exception(message, inner);
