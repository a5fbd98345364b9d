namespace ReferralSim.Web.Storage;

public sealed record FacilitatorRecord(Guid Id, string UserName, string PasswordHash, DateTimeOffset CreatedAt);
