namespace ReferralSim.Web.Hubs;

/// <summary>Every hub method answers with this: the data, or a stable error code and a sentence.</summary>
public sealed record HubReply<T>(bool Ok, T? Data, string? Code, string? Message);

public static class HubReply
{
    public static HubReply<T> Success<T>(T data) => new(true, data, null, null);

    public static HubReply<T> Failure<T>(string code, string message) => new(false, default, code, message);
}
