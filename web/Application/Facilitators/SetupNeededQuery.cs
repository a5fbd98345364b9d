using ReferralSim.Web.Application.Dispatching;
using ReferralSim.Web.Storage;

namespace ReferralSim.Web.Application.Facilitators;

/// <summary>True while no facilitator account exists: only then is the first-run setup page offered.</summary>
public sealed record SetupNeededQuery : IRequest<bool>;

public sealed class SetupNeededHandler(IFacilitatorStore facilitators) : IRequestHandler<SetupNeededQuery, bool>
{
    public async Task<bool> Handle(SetupNeededQuery request, CancellationToken cancellationToken) =>
        await facilitators.CountAsync(cancellationToken) == 0;
}
