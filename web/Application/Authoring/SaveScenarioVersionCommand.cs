using ReferralSim.Web.Application.Dispatching;
using ReferralSim.Web.Library;
using ReferralSim.Web.Storage;

namespace ReferralSim.Web.Application.Authoring;

/// <summary>
/// Saves the author's text as a new version of a scenario and offers it to new sessions.
/// <para>
/// What "into the library" means here: the library folder is the authors' source (under version
/// control, read once at start-up) and the server never writes it. A saved version is stored with
/// <see cref="IScenarioVersionStore"/> (the store every session's scenario text already lives in, so
/// a session replays as played), then published into the running <see cref="ScenarioLibrary"/>: new
/// sessions get it at once, running ones keep the version they were created with. At start-up,
/// <see cref="AuthoredVersionsLoader"/> publishes again every stored version that is higher than the
/// folder's, so a saved version survives a restart, and a folder edit with a higher version wins.
/// </para>
/// Refused, with nothing stored: text with errors, and an existing id whose version is not higher.
/// </summary>
public sealed record SaveScenarioVersionCommand(Caller Caller, string Yaml) : IRequest<ScenarioVersionSaved>;

public sealed record ScenarioVersionSaved(string ScenarioId, int Version, string ContentHash);

public sealed class SaveScenarioVersionHandler(ScenarioLibrary library, IScenarioVersionStore versions, TimeProvider time)
    : IRequestHandler<SaveScenarioVersionCommand, ScenarioVersionSaved>
{
    public async Task<ScenarioVersionSaved> Handle(SaveScenarioVersionCommand request, CancellationToken cancellationToken)
    {
        AuthorRules.Require(request.Caller, request.Yaml);
        var (result, diagnostics) = AuthorRules.Check(library, request.Yaml, exploreDepth: 0);
        if (result.Scenario is not { } compiled || diagnostics.Any(d => d.IsError))
        {
            throw new AppException("scenario-invalid", "the scenario has errors; fix them before saving");
        }

        var version = compiled.Definition.Version;
        if (library.Find(compiled.Id) is { } offered && offered.Scenario.Definition.Version >= version)
        {
            throw new AppException("version-not-newer",
                $"the library offers '{compiled.Id}' version {offered.Scenario.Definition.Version}; raise `version:` above it to save a new version");
        }

        var scenario = new LibraryScenario(compiled, request.Yaml, ScenarioLibrary.HashOf(request.Yaml));
        await versions.SaveAsync(new ScenarioVersionRecord(scenario.Id, scenario.ContentHash, version, scenario.Yaml, time.GetUtcNow()), cancellationToken);
        if (!library.Publish(scenario))
        {
            // Another author saved the same id with a version at least as high in the meantime; ours stays stored.
            throw new AppException("version-not-newer", $"a version of '{compiled.Id}' at least as high was saved a moment ago");
        }

        return new ScenarioVersionSaved(scenario.Id, version, scenario.ContentHash);
    }
}
