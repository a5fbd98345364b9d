using ReferralSim.Engine.Runtime.Events;
using ReferralSim.Engine.Runtime.Views;
using ReferralSim.Engine.Scenarios.Model;
using ReferralSim.Web.Application.Sessions;
using ReferralSim.Web.Sessions;

namespace ReferralSim.Web.Application.Play;

/// <summary>
/// A participant's page: the role view (only what the role may see) plus the names it needs to
/// show ids as people read them, in the session's scenario language. The UI language is separate.
/// </summary>
public sealed record PlayPageView(
    Guid SessionId,
    string DisplayName,
    string? Role,
    string ScenarioLanguage,
    IReadOnlyList<RoleChoice> Roles,
    RoleView? View,
    ClockTime ClockStart,
    SessionTexts Texts,
    ClockReading Clock,
    long Version)
{
    public string ScenarioTitle => Texts.Title;

    /// <summary>The referral targets: the real services of the session country's directory.</summary>
    public IReadOnlyList<ServiceChoice> Services => Texts.Services;

    /// <summary>The role's feed, oldest first (none before a role is taken).</summary>
    public IReadOnlyList<FeedEvent> Feed => View?.Feed ?? [];

    public string RoleName(string role) => Texts.RoleNames.TryGetValue(role, out var name) ? name : role;

    /// <summary>Several roles' names, as a list for a sentence.</summary>
    public string RoleNames(IReadOnlyList<string> roles)
    {
        var names = new string[roles.Count];
        for (var i = 0; i < roles.Count; i++)
        {
            names[i] = RoleName(roles[i]);
        }

        return string.Join(", ", names);
    }

    /// <summary>When an event happened on the scenario's clock (e.g. 21:40); worked out only for the entries rendered.</summary>
    public string TimeOf(RunEvent runEvent) => ClockStart.At(runEvent.At);

    public string ActionLabel(string action) => Texts.ActionLabels.TryGetValue(action, out var label) ? label : action;

    public string ServiceName(string service) => Texts.ServiceNames.TryGetValue(service, out var name) ? name : service;

    /// <summary>The text of an observation this role has seen, or null (never another role's share).</summary>
    public string? ObservationText(string indicator) => View?.Observations.FirstOrDefault(o => o.Id == indicator)?.Text;

    /// <summary>
    /// Builds the page for <paramref name="role"/> as at <paramref name="now"/> (by default the session
    /// clock's now). Call inside the session's single writer or <see cref="LiveSession.ReadAsync{T}"/>.
    /// </summary>
    public static PlayPageView Build(LiveSession session, string displayName, string? role, IReadOnlySet<string> takenByOthers, SimTime? now = null)
    {
        var run = session.Run;
        var definition = session.Scenario.Scenario.Definition;
        var texts = SessionTexts.Of(session);
        var roles = definition.Roles
            .Select(r => new RoleChoice(r.Id, texts.RoleNames[r.Id], !takenByOthers.Contains(r.Id) && role is null, r.Id == role))
            .ToList();
        var view = role is null ? null : RoleView.For(run, role, now ?? session.Clock.Now());
        return new PlayPageView(session.Id, displayName, role, session.Record.Language, roles, view, definition.Clock.Start,
            texts, ClockReading.Of(session, view), session.Version);
    }
}

/// <summary>A role of the scenario: free to take, or this participant's own.</summary>
public sealed record RoleChoice(string Id, string Name, bool Free, bool Mine);


/// <summary>A referral target: a real service of the session country's directory.</summary>
public sealed record ServiceChoice(string Id, string Name, string? Organisation, string? Phone, string? Hours);
