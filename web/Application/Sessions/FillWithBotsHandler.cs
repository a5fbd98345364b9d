using ReferralSim.Engine.Runtime.Commands;
using ReferralSim.Web.Application.Dispatching;
using ReferralSim.Web.Sessions;
using ReferralSim.Web.Storage;

namespace ReferralSim.Web.Application.Sessions;

public sealed class FillWithBotsHandler(ISessionStore sessions, LiveSessionRegistry registry, TimeProvider time, IPublisher publisher)
    : IRequestHandler<FillWithBotsCommand, IReadOnlyList<string>>
{
    public const string BotDisplayName = "Bot";

    public async Task<IReadOnlyList<string>> Handle(FillWithBotsCommand request, CancellationToken cancellationToken)
    {
        var session = await registry.GetAsync(request.SessionId);
        var taken = (await sessions.ListParticipantsAsync(request.SessionId, cancellationToken)).Select(p => p.Role).OfType<string>().ToHashSet();
        var filled = new List<string>();
        foreach (var role in session.Scenario.Scenario.Definition.Roles.Select(r => r.Id).Where(r => !taken.Contains(r)))
        {
            var result = await session.ExecuteAsync(at => new FillRoleWithBot(at, role));
            if (result.Rejection is { } rejection)
            {
                throw RejectionCodes.ToException(rejection);
            }

            // A bot is a participant marked as one, so every list of people shows it as a bot.
            await sessions.AddParticipantAsync(new ParticipantRecord(Guid.NewGuid(), request.SessionId, BotDisplayName, role,
                ParticipantToken.Hash(ParticipantToken.New()), IsBot: true, time.GetUtcNow()), cancellationToken);
            filled.Add(role);
        }

        await publisher.Publish(new LobbyChanged(request.SessionId), cancellationToken);
        return filled;
    }
}
