namespace ReferralSim.Web.Application.Behaviours;

/// <summary>A request that checks its own fields; the first problem found is refused as <c>invalid-request</c>.</summary>
public interface IValidatedRequest
{
    /// <summary>Null when the request is well-formed, else what is wrong with it.</summary>
    string? Validate();
}
