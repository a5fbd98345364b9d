using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Web.Sessions;

/// <summary>
/// Maps wall time to simulated time for one session: frozen until started and while paused, running
/// at <see cref="Speed"/> simulated minutes per real minute otherwise. The server is the only source
/// of a command's simulated time; clients never supply it.
/// </summary>
public sealed class SessionClock(TimeProvider time)
{
    private SimTime _anchor;
    private long _anchorTimestamp;

    public bool Running { get; private set; }

    public double Speed { get; private set; } = 1;

    public SimTime Now()
    {
        if (!Running)
        {
            return _anchor;
        }

        var elapsed = time.GetElapsedTime(_anchorTimestamp);
        return _anchor + new SimTime((int)Math.Floor(elapsed.TotalSeconds * Speed));
    }

    public void Run(SimTime from, double speed)
    {
        (_anchor, _anchorTimestamp, Speed, Running) = (from, time.GetTimestamp(), speed, true);
    }

    public void Freeze(SimTime at)
    {
        (_anchor, Running) = (at, false);
    }

    public void SetSpeed(double speed)
    {
        (_anchor, _anchorTimestamp, Speed) = (Now(), time.GetTimestamp(), speed);
    }
}
