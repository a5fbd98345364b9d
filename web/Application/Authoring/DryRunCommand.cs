using ReferralSim.Engine.Bots;
using ReferralSim.Engine.Debrief;
using ReferralSim.Engine.Runtime;
using ReferralSim.Engine.Scenarios.Yaml;
using ReferralSim.Web.Application.Behaviours;
using ReferralSim.Web.Application.Dispatching;
using ReferralSim.Web.Library;

namespace ReferralSim.Web.Application.Authoring;

/// <summary>Plays the author's text with a bot in every role (the expert path, or random bots with a seed) and debriefs the run.</summary>
public sealed record DryRunCommand(Caller Caller, string Yaml, string Bots, int Seed, string Language) : IRequest<DryRun>, IValidatedRequest
{
    public static readonly IReadOnlyList<string> BotKinds = ["expert", "random"];

    public string? Validate() => !BotKinds.Contains(Bots) ? $"bots must be one of {string.Join(", ", BotKinds)}" : null;
}

/// <param name="Outcome">How the run ended (kebab-case: referred, declined, lost, time-up), null when the scenario did not compile.</param>
/// <param name="Diagnostics">The validator's, the expert path's and the explorer's findings (RS06xx).</param>
public sealed record DryRun(string? Outcome, int EventCount, DebriefReport? Report, DebriefOptions Options, IReadOnlyList<AuthorDiagnostic> Diagnostics);

public sealed class DryRunHandler(ScenarioLibrary library) : IRequestHandler<DryRunCommand, DryRun>
{
    public Task<DryRun> Handle(DryRunCommand request, CancellationToken cancellationToken)
    {
        AuthorRules.Require(request.Caller, request.Yaml);
        var (result, diagnostics) = AuthorRules.Check(library, request.Yaml, ScenarioExplorer.DefaultDepth);
        var found = diagnostics.Select(AuthorDiagnostic.From).ToList();
        if (result.Scenario is not { } scenario)
        {
            return Task.FromResult(new DryRun(null, 0, null, DebriefOptions.Default, found));
        }

        var definition = scenario.Definition;
        var language = definition.Languages.Contains(request.Language) ? request.Language : definition.DefaultLanguage;
        var options = new RunOptions(request.Seed, language);
        // The expert bots share one path, as ExpertPlaythrough plays it.
        var path = new ExpertPath(scenario);
        IEnumerable<IBot> bots = request.Bots == "random"
            ? definition.Roles.Select(r => new RandomBot(r.Id, request.Seed))
            : definition.Roles.Select(r => new ExpertBot(r.Id, path));
        var run = BotPlaythrough.Play(scenario, options, bots).Run;
        var debriefOptions = new DebriefOptions { Language = language, ShowScores = true };
        var report = Debriefer.Debrief(scenario, run.Events, debriefOptions);
        var outcome = run.State.Ending is { } ending ? YamlNaming.EnumValue(ending.Outcome.ToString()) : null;
        return Task.FromResult(new DryRun(outcome, run.Events.Count, report, debriefOptions, found));
    }
}
