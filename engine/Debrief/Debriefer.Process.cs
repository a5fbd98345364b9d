using ReferralSim.Engine.Runtime;
using ReferralSim.Engine.Runtime.Events;
using ReferralSim.Engine.Scenarios;
using ReferralSim.Engine.Scenarios.Directories;
using ReferralSim.Engine.Scenarios.Model;
using ReferralSim.Engine.Scenarios.Taxonomy;

namespace ReferralSim.Engine.Debrief;

/// <summary>Process: the scenario's critical actions, done or not, and when.</summary>
public static partial class Debriefer
{
    private static IEnumerable<CriticalActionResult> CriticalActions(ScoringDefinition scoring, RunFacts facts, TextRenderer text)
    {
        foreach (var critical in scoring.CriticalActions)
        {
            var done = critical.DoneBy.Select(a => facts.FirstDone.GetValueOrDefault(a)).OfType<ActionPerformed>().MinBy(a => a.At);
            SimTime? doneAt = done?.At;
            if (critical.Flag is { } flag && facts.FirstFlagSet.TryGetValue(flag, out var setAt) && (doneAt is null || setAt < doneAt))
            {
                (doneAt, done) = (setAt, null);
            }

            var dueAt = critical.Deadline is { } deadline && AnchorTime(critical.From, facts) is { } anchor ? anchor + deadline : (SimTime?)null;
            yield return new CriticalActionResult(critical.Id, Label(critical.Label, critical.Id, text), ScoredActionKind.CriticalAction,
                StatusOf(doneAt, dueAt), doneAt, done?.Role, critical.Deadline, dueAt);
        }

        foreach (var duty in scoring.LegalDuties)
        {
            var done = facts.FirstDone.GetValueOrDefault(duty.Action);
            var dueAt = AnchorTime(duty.From, facts) is { } anchor ? anchor + duty.Deadline : (SimTime?)null;
            yield return new CriticalActionResult(duty.Id, Label(duty.Label, duty.Id, text), ScoredActionKind.LegalDuty,
                StatusOf(done?.At, dueAt), done?.At, done?.Role, duty.Deadline, dueAt);
        }
    }

    private static SimTime? AnchorTime(string from, RunFacts facts) => from switch
    {
        ScoringCriticalAction.FromStart => SimTime.Zero,
        ScoringCriticalAction.FromReasonableGrounds => facts.Grounds?.At,
        _ => facts.FirstDone.GetValueOrDefault(from)?.At,
    };

    private static ActionStatus StatusOf(SimTime? doneAt, SimTime? dueAt) => (doneAt, dueAt) switch
    {
        (null, _) => ActionStatus.NotDone,
        (_, null) => ActionStatus.Done,
        ({ } done, { } due) => done <= due ? ActionStatus.OnTime : ActionStatus.Late,
    };

    /// <summary>The share of critical actions done, at any time; when they were done counts under timeliness.</summary>
    private static SubScore ScoreProcess(List<CriticalActionResult> actions, ScoringWeights weights, List<ScoredItem> items)
    {
        var critical = actions.Where(a => a.Kind == ScoredActionKind.CriticalAction).ToList();
        if (critical.Count == 0)
        {
            return new SubScore(weights.Process, weights.Process);
        }

        var each = (double)weights.Process / critical.Count;
        foreach (var action in critical)
        {
            var done = action.Status != ActionStatus.NotDone;
            items.Add(new ScoredItem(ScoredCategory.Process, action.Id, done ? "done" : "not-done", action.DoneAt, null, done ? each : 0, each));
        }

        return new SubScore(Round(each * critical.Count(a => a.Status != ActionStatus.NotDone)), weights.Process);
    }

    /// <summary>
    /// The mean credit of the timed items: the referral (from reasonable grounds), timed critical
    /// actions and legal duties. An item is worth 1 in time, falls linearly to 0 when late by its
    /// deadline again, and is 0 when never done. The referral is not due when she declined an
    /// informed offer (a correct outcome) or when the team never had grounds; referring before
    /// grounds is in time (referral must not wait for proof).
    /// </summary>
}
