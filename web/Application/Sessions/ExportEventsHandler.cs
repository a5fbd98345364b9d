using ReferralSim.Engine.Runtime.Serialization;
using ReferralSim.Web.Application.Dispatching;
using ReferralSim.Web.Sessions;

namespace ReferralSim.Web.Application.Sessions;

public sealed class ExportEventsHandler(LiveSessionRegistry registry) : IRequestHandler<ExportEventsQuery, string>
{
    public async Task<string> Handle(ExportEventsQuery request, CancellationToken cancellationToken)
    {
        var session = await registry.GetAsync(request.SessionId);
        return await session.ReadAsync(s => RunEventJson.ToJsonLines(s.EventsAfter(0).Select(e => e.Event)));
    }
}
