using ReferralSim.Web.Application.Dispatching;
using ReferralSim.Web.Storage;

namespace ReferralSim.Web.Application.Facilitators;

public sealed record SignInQuery(string? UserName, string? Password) : IRequest<FacilitatorRecord>;
