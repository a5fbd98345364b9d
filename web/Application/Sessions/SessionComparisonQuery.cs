using System.Globalization;
using ReferralSim.Engine.Debrief;
using ReferralSim.Web.Application.Dispatching;
using ReferralSim.Web.Sessions;

namespace ReferralSim.Web.Application.Sessions;

/// <summary>
/// Ended sessions of one scenario side by side (a workshop's day 1 and day 3, say), oldest
/// first. Each session's debrief is asked for on its own, so each is checked to be the caller's.
/// </summary>
public sealed record SessionComparisonQuery(Caller Caller, IReadOnlyList<Guid> SessionIds, bool ShowScores) : IRequest<SessionComparison>;

public sealed record SessionComparison(DebriefComparison Comparison, string Language, string ScenarioTitle, IReadOnlyList<Guid> SessionIds);

public sealed class SessionComparisonHandler(ISender sender) : IRequestHandler<SessionComparisonQuery, SessionComparison>
{
    /// <summary>Fewer is not a comparison.</summary>
    public const int MinSessions = 2;

    /// <summary>More columns than this no longer fit a projector or a printed page.</summary>
    public const int MaxSessions = 6;

    public async Task<SessionComparison> Handle(SessionComparisonQuery request, CancellationToken cancellationToken)
    {
        var ids = request.SessionIds.Distinct().ToList();
        if (ids.Count < MinSessions)
        {
            throw new AppException("compare-needs-two", "tick two or more ended sessions to compare");
        }

        if (ids.Count > MaxSessions)
        {
            throw new AppException("compare-too-many", $"compare at most {MaxSessions} sessions at a time");
        }

        var debriefs = new List<SessionDebrief>(ids.Count);
        foreach (var id in ids)
        {
            try
            {
                debriefs.Add(await sender.Send(new SessionDebriefQuery(request.Caller, id, request.ShowScores), cancellationToken));
            }
            catch (AppException refused) when (refused.Code == "session-not-started")
            {
                throw new AppException("compare-not-ended", "only ended sessions compare: end the session first");
            }
        }

        if (debriefs.Select(d => d.ScenarioId).Distinct(StringComparer.Ordinal).Count() > 1)
        {
            throw new AppException("compare-mixed-scenarios", "only sessions of one scenario compare");
        }

        if (debriefs.Any(d => d.Report.Outcome is null))
        {
            throw new AppException("compare-not-ended", "only ended sessions compare: end the session first");
        }

        // Oldest first, whatever order they were ticked in: day 1 before day 3.
        debriefs.Sort((a, b) => a.Record.CreatedAt.CompareTo(b.Record.CreatedAt));
        var comparison = DebriefComparer.Compare([.. debriefs.Select(d => (Label(d.Record.CreatedAt, d.Record.JoinCode), d.Report))]);
        return new SessionComparison(comparison, debriefs[0].Options.Language, debriefs[0].Report.Title, [.. debriefs.Select(d => d.Record.Id)]);
    }

    /// <summary>How a session is named in the comparison: when it was created, and its join code (what the facilitator remembers it by).</summary>
    public static string Label(DateTimeOffset createdAt, string joinCode) =>
        $"{createdAt.ToLocalTime().ToString("g", CultureInfo.CurrentCulture)} · {JoinCode.Display(joinCode)}";
}
