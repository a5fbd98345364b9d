using System.Globalization;
using ReferralSim.Web.Application.Graphs;
using ReferralSim.Web.Application.Dispatching;
using ReferralSim.Web.Library;

namespace ReferralSim.Web.Application.Authoring;

/// <summary>Validates an author's text as they type: every diagnostic (compiler and expert path) and, when it compiles, its graph.</summary>
public sealed record CheckScenarioQuery(Caller Caller, string Yaml) : IRequest<ScenarioCheck>;

public sealed record ScenarioCheck(string? ScenarioId, int? Version, IReadOnlyList<AuthorDiagnostic> Diagnostics, ScenarioGraph? Graph)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == "error");
}

public sealed class CheckScenarioHandler(ScenarioLibrary library) : IRequestHandler<CheckScenarioQuery, ScenarioCheck>
{
    public Task<ScenarioCheck> Handle(CheckScenarioQuery request, CancellationToken cancellationToken)
    {
        AuthorRules.Require(request.Caller, request.Yaml);
        // Depth 0: the explorer's second or so belongs to the dry run, not to every keystroke.
        var (result, diagnostics) = AuthorRules.Check(library, request.Yaml, exploreDepth: 0);
        var scenario = result.Scenario;
        return Task.FromResult(new ScenarioCheck(scenario?.Id, scenario?.Definition.Version,
            [.. diagnostics.Select(AuthorDiagnostic.From)], scenario is null ? null : ScenarioGraph.Of(scenario, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName)));
    }
}
