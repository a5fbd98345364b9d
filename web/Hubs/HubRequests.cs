namespace ReferralSim.Web.Hubs;

/// <summary>A participant takes an action; <see cref="Role"/> is the role they claim to act for.</summary>
public sealed record ActRequest(string? Role, string? Action);

public sealed record NoteRequest(string? Role, string? Indicator);

public sealed record MessageRequest(string? From, IReadOnlyList<string>? To, string? Text);

public sealed record ReferRequest(string? Role, string? Service);
