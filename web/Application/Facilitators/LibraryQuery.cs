using ReferralSim.Web.Application.Dispatching;
using ReferralSim.Web.Library;
using ReferralSim.Web.Storage;

namespace ReferralSim.Web.Application.Facilitators;

/// <summary>The facilitator's library: the scenarios on offer (texts in <see cref="UiLanguage"/> where the scenario has it) and their own sessions.</summary>
public sealed record LibraryQuery(Caller Caller, string UiLanguage) : IRequest<LibraryView>;

public sealed record LibraryView(IReadOnlyList<LibraryEntry> Scenarios, IReadOnlyList<SessionEntry> Sessions);

/// <summary>A scenario as the library lists it; <see cref="Minutes"/> is the clock's limit.</summary>
public sealed record LibraryEntry(string Id, string Title, string TitleLanguage, string Country, IReadOnlyList<string> Roles, int Minutes,
    IReadOnlyList<string> ContentNotes, IReadOnlyList<string> Languages);

public sealed record SessionEntry(Guid Id, string JoinCode, string ScenarioTitle, SessionStatus Status, DateTimeOffset CreatedAt);

public sealed class LibraryHandler(ScenarioLibrary library, ISessionStore sessions) : IRequestHandler<LibraryQuery, LibraryView>
{
    public async Task<LibraryView> Handle(LibraryQuery request, CancellationToken cancellationToken)
    {
        if (request.Caller is not FacilitatorCaller facilitator)
        {
            throw new AppException("facilitators-only", "only a signed-in facilitator can see the library");
        }

        var language = request.UiLanguage;
        var scenarios = library.Scenarios.Select(s =>
        {
            var definition = s.Scenario.Definition;
            var titleLanguage = definition.Title.Has(language) ? language : definition.DefaultLanguage;
            return new LibraryEntry(s.Id, definition.Title.In(language, definition.DefaultLanguage), titleLanguage, definition.Country,
                [.. definition.Roles.Select(r => r.Name.In(language, definition.DefaultLanguage))],
                (int)Math.Round(definition.Clock.Limit.TotalMinutes),
                [.. definition.ContentNotes.Select(n => n.In(language, definition.DefaultLanguage))],
                definition.Languages);
        }).ToList();
        var own = await sessions.ListByFacilitatorAsync(facilitator.FacilitatorId, cancellationToken);
        var entries = own.OrderByDescending(s => s.CreatedAt)
            .Select(s => new SessionEntry(s.Id, s.JoinCode, library.Find(s.ScenarioId) is { } found
                ? found.Scenario.Definition.Title.In(language, found.Scenario.Definition.DefaultLanguage) : s.ScenarioId, s.Status, s.CreatedAt))
            .ToList();
        return new LibraryView(scenarios, entries);
    }
}
