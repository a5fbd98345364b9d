using System.Globalization;
using ReferralSim.Web.Application.Graphs;
using ReferralSim.Web.Application.Dispatching;
using ReferralSim.Web.Library;

namespace ReferralSim.Web.Application.Authoring;

/// <summary>The graph of a scenario the library offers now (for any facilitator page that draws one).</summary>
public sealed record ScenarioGraphQuery(Caller Caller, string ScenarioId) : IRequest<ScenarioGraph>;

public sealed class ScenarioGraphHandler(ScenarioLibrary library) : IRequestHandler<ScenarioGraphQuery, ScenarioGraph>
{
    public Task<ScenarioGraph> Handle(ScenarioGraphQuery request, CancellationToken cancellationToken)
    {
        AuthorRules.Require(request.Caller, null);
        var scenario = library.Find(request.ScenarioId)
            ?? throw new AppException("unknown-scenario", $"there is no scenario '{request.ScenarioId}' in the library");
        return Task.FromResult(ScenarioGraph.Of(scenario.Scenario, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName));
    }
}
