using System.Globalization;
using ReferralSim.Engine.Runtime.Views;
using ReferralSim.Engine.Scenarios.Model;
using ReferralSim.Web.Sessions;

namespace ReferralSim.Web.Application.Play;

/// <summary>
/// What a page needs to keep its clock moving between pushes: the scenario's time of day when the
/// page was rendered, how fast it runs (0 when it does not), and, when the role is busy, how many
/// real milliseconds until it is free (the page then fetches its fragments again, since no event
/// marks the end of a busy time).
/// </summary>
public sealed record ClockReading(double MinuteOfDay, double Speed, long? FreeInMilliseconds)
{
    public string MinuteOfDayText => MinuteOfDay.ToString("0.###", CultureInfo.InvariantCulture);

    public string SpeedText => Speed.ToString("0.###", CultureInfo.InvariantCulture);

    public static ClockReading Of(LiveSession session, RoleView? view)
    {
        var start = session.Scenario.Scenario.Definition.Clock.Start.Value;
        var now = view?.Now ?? session.Run.State.Now;
        var speed = session.Clock.Running && view?.Phase == RunPhase.Running ? session.Clock.Speed : 0;
        long? freeIn = speed > 0 && view?.BusyUntil is { } busyUntil
            ? (long)Math.Ceiling((busyUntil - now).Seconds / speed * 1000)
            : null;
        return new ClockReading(start.Hour * 60 + start.Minute + now.Seconds / 60.0, speed, freeIn);
    }
}
