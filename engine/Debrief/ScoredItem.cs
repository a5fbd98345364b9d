using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Debrief;

/// <summary>
/// One line of the score: an indicator, a false alarm, a critical action, a deadline, a harm. The
/// points of all items of a category add up to that sub-score (before flooring at zero), so every
/// point can be explained.
/// </summary>
public sealed record ScoredItem(ScoredCategory Category, string Id, string Status, SimTime? At, SimTime? DueAt, double Points, double MaxPoints);
