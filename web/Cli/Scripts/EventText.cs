using System.Globalization;
using ReferralSim.Engine.Runtime;
using ReferralSim.Engine.Runtime.Events;
using ReferralSim.Engine.Scenarios.Yaml;

namespace ReferralSim.Web.Cli;

/// <summary>One readable line per event for <c>play --format text</c>: <c>[12m] nurse took ask-companion-to-wait</c>.</summary>
internal static class EventText
{
    public static string Format(RunEvent runEvent) => $"[{runEvent.At}] {Describe(runEvent)}";

    private static string Describe(RunEvent runEvent) => runEvent switch
    {
        RunStarted e => $"run started: {e.ScenarioId} v{e.ScenarioVersion}, seed {e.Seed}, language {e.Language}" +
            string.Concat(e.Personas.Select(p => $"; {p.CharacterId}: {p.First} {p.Last}, {p.Age}, {p.NationalityCode}")),
        RunPaused => "paused",
        RunResumed => "resumed",
        SpeedChanged e => $"speed set to {e.Speed.ToString(CultureInfo.InvariantCulture)}",
        StateChanged e => $"story moved from {e.From} to {e.To} ({e.Trigger})",
        Narrated e => $"narrated to {To(e.Audience)}: {e.Text}",
        IndicatorRevealed e => $"revealed {e.Indicator} to {To(e.Audience)}: {e.Text}",
        ActionPerformed e => $"{e.Role} took {e.Action} (busy until {e.BusyUntil})",
        HarmDone e => $"harm by {e.Role} ({YamlNaming.EnumValue(e.Severity.ToString())}): {e.Code}",
        FlagSet e => $"flag set: {e.Flag}",
        FlagCleared e => $"flag cleared: {e.Flag}",
        ConcernNoted e => $"{e.Role} noted {e.Indicator}",
        MessageSent e => $"{e.From} wrote to {string.Join(", ", e.To)}: {e.Text}",
        ReferralMade e => $"{e.Role} referred to {e.Service}{(e.RouteMatched ? "" : " (no route applies)")}",
        InjectFired e => $"inject {e.Inject} fired{(e.Manual ? " by the facilitator" : "")}",
        InjectSkipped e => $"inject {e.Inject} skipped (its condition did not hold)",
        BotAssigned e => $"a bot plays {e.Role}",
        RunEnded e => $"run ended: {YamlNaming.EnumValue(e.Outcome.ToString())}{(e.State is { } s ? $" in {s}" : "")}: {e.Text}",
        _ => runEvent.GetType().Name,
    };

    private static string To(Audience audience) =>
        audience.Everyone ? "everyone" : audience.Roles.Count == 0 ? "the facilitator" : string.Join(", ", audience.Roles);
}
