using System.Runtime.CompilerServices;
using ReferralSim.Web.Application.Play;
using ReferralSim.Web.Sessions;

namespace ReferralSim.Web.Application.Sessions;

/// <summary>
/// The scenario's names as a session shows them (in its language, with its people): the title, each
/// role's name, each action's label and the directory's services. They never change during a session,
/// and every page and board built after every commit needs them, so they are worked out once per session.
/// </summary>
public sealed class SessionTexts
{
    private static readonly ConditionalWeakTable<LiveSession, SessionTexts> Built = [];

    private SessionTexts(LiveSession session)
    {
        var run = session.Run;
        var definition = session.Scenario.Scenario.Definition;
        var language = session.Record.Language;
        Title = run.Text.Render(definition.Title);
        RoleNames = definition.Roles.ToDictionary(r => r.Id, r => run.Text.Render(r.Name), StringComparer.Ordinal);
        ActionLabels = definition.Actions.ToDictionary(a => a.Id, a => run.Text.Render(a.Label), StringComparer.Ordinal);
        Services = session.Scenario.Scenario.Directory.Services
            .Select(s => new ServiceChoice(s.Id, s.Name.In(language, "en"), s.Organisation, s.Phone, s.Hours))
            .ToList();
        ServiceNames = Services.ToDictionary(s => s.Id, s => s.Name, StringComparer.Ordinal);
    }

    public string Title { get; }

    /// <summary>Each role's name, by id.</summary>
    public IReadOnlyDictionary<string, string> RoleNames { get; }

    public IReadOnlyDictionary<string, string> ActionLabels { get; }

    /// <summary>The referral targets: the real services of the session country's directory.</summary>
    public IReadOnlyList<ServiceChoice> Services { get; }

    public IReadOnlyDictionary<string, string> ServiceNames { get; }

    /// <summary>The session's texts, worked out on first use. Call inside the session's single writer or <see cref="LiveSession.ReadAsync{T}"/>.</summary>
    public static SessionTexts Of(LiveSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return Built.GetValue(session, s => new SessionTexts(s));
    }
}
