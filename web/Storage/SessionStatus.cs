namespace ReferralSim.Web.Storage;

public enum SessionStatus
{
    Lobby,
    Running,
    Paused,
    Ended,
}
