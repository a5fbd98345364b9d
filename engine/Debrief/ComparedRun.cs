using ReferralSim.Engine.Runtime;
using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Debrief;

/// <summary>The headline of one run in a comparison.</summary>
public sealed record ComparedRun(
    string Label,
    double Score,
    int MaxScore,
    bool CriticalFail,
    SubScore Identification,
    SubScore Process,
    SubScore Timeliness,
    RunOutcome? Outcome,
    SimTime? ReasonableGroundsAt,
    double? ReferralDelayMinutes,
    IReadOnlyList<string> Harms);
