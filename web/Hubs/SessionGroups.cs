namespace ReferralSim.Web.Hubs;

/// <summary>SignalR group names: one per role of a session, one for its facilitator.</summary>
public static class SessionGroups
{
    public static string Role(Guid sessionId, string role) => $"session:{sessionId:N}:role:{role}";

    public static string Facilitator(Guid sessionId) => $"session:{sessionId:N}:facilitator";
}
