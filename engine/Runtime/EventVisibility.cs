using ReferralSim.Engine.Runtime.Events;

namespace ReferralSim.Engine.Runtime;

/// <summary>
/// Who may see an event: the one rule the role views, the server's filtering and the exports share.
/// The facilitator (a null role) sees everything.
/// </summary>
public static class EventVisibility
{
    public static bool IsVisibleTo(RunEvent runEvent, string? role) => role is null || runEvent.Audience.Includes(role);
}
