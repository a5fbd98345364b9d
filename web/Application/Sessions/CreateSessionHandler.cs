using System.Security.Cryptography;
using ReferralSim.Web.Application.Dispatching;
using ReferralSim.Web.Library;
using ReferralSim.Web.Sessions;
using ReferralSim.Web.Storage;

namespace ReferralSim.Web.Application.Sessions;

public sealed class CreateSessionHandler(
    ScenarioLibrary library,
    ISessionStore sessions,
    IScenarioVersionStore versions,
    LiveSessionRegistry registry,
    TimeProvider time) : IRequestHandler<CreateSessionCommand, SessionCreated>
{
    private const int JoinCodeAttempts = 5;

    public async Task<SessionCreated> Handle(CreateSessionCommand request, CancellationToken cancellationToken)
    {
        if (request.Caller is not FacilitatorCaller facilitator)
        {
            throw new AppException("facilitators-only", "only a signed-in facilitator can create a session");
        }

        var scenario = library.Find(request.ScenarioId)
            ?? throw new AppException("unknown-scenario", $"there is no scenario '{request.ScenarioId}' in the library");
        var now = time.GetUtcNow();
        await versions.SaveAsync(new ScenarioVersionRecord(scenario.Id, scenario.ContentHash, scenario.Scenario.Definition.Version, scenario.Yaml, now), cancellationToken);
        var seed = request.Seed ?? RandomNumberGenerator.GetInt32(1, int.MaxValue);
        for (var attempt = 1; ; attempt++)
        {
            var record = new SessionRecord(Guid.NewGuid(), JoinCode.New(), facilitator.FacilitatorId, scenario.Id, scenario.ContentHash,
                seed, request.Language, SessionStatus.Lobby, now);
            try
            {
                await sessions.CreateAsync(record, cancellationToken);
            }
            catch (DuplicateKeyException) when (attempt < JoinCodeAttempts)
            {
                continue;
            }

            await registry.GetAsync(record.Id);
            return new SessionCreated(record.Id, record.JoinCode);
        }
    }
}
