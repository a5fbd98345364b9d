using ReferralSim.Engine.Runtime;
using ReferralSim.Engine.Runtime.Events;
using ReferralSim.Engine.Scenarios;
using ReferralSim.Engine.Scenarios.Directories;
using ReferralSim.Engine.Scenarios.Model;
using ReferralSim.Engine.Scenarios.Taxonomy;

namespace ReferralSim.Engine.Debrief;

/// <summary>Timeliness and referrals: which referrals were correct, and how late against their deadlines.</summary>
public static partial class Debriefer
{
    private static SubScore ScoreTimeliness(ReferralScoring? referral, List<CriticalActionResult> actions, ReasonableGrounds? grounds,
        SimTime? firstCorrect, double? delay, RunOutcome? outcome, ScoringWeights weights, List<ScoredItem> items)
    {
        var credits = new List<(string Id, string Status, SimTime? At, SimTime? Due, double Credit)>();
        if (referral is not null && outcome != RunOutcome.Declined && (grounds is not null || firstCorrect is not null))
        {
            var deadlineMinutes = referral.Deadline.TotalMinutes;
            var credit = (firstCorrect, delay) switch
            {
                (null, _) => 0,
                (_, null) => 1,
                (_, { } minutes) => minutes <= deadlineMinutes ? 1 : Math.Max(0, 1 - ((minutes - deadlineMinutes) / deadlineMinutes)),
            };
            var status = firstCorrect is null ? "not-done" : credit >= 1 ? "on-time" : "late";
            credits.Add(("referral", status, firstCorrect, grounds is null ? null : grounds.At + referral.Deadline, credit));
        }

        foreach (var action in actions.Where(a => a.DueAt is not null && a.Deadline is not null))
        {
            var credit = action.Status switch
            {
                ActionStatus.OnTime => 1,
                ActionStatus.Late when action is { DoneAt: { } done, DueAt: { } due, Deadline: { } deadline } =>
                    Math.Max(0, 1 - ((done - due).TotalMinutes / deadline.TotalMinutes)),
                _ => 0,
            };
            credits.Add((action.Id, Kebab(action.Status), action.DoneAt, action.DueAt, credit));
        }

        if (credits.Count == 0)
        {
            return new SubScore(weights.Timeliness, weights.Timeliness);
        }

        var each = (double)weights.Timeliness / credits.Count;
        foreach (var (id, status, at, due, credit) in credits)
        {
            items.Add(new ScoredItem(ScoredCategory.Timeliness, id, status, at, due, credit * each, each));
        }

        return new SubScore(Round(credits.Sum(c => c.Credit) * each), weights.Timeliness);
    }

    private static List<ReferralResult> JudgeReferrals(CompiledScenario scenario, RunFacts facts, ReferralScoring? scoring)
    {
        var correct = scoring?.To ?? [];
        var results = new List<ReferralResult>(facts.Referrals.Count);
        foreach (var (referral, consentGiven) in facts.Referrals)
        {
            var service = scenario.Directory.Find(referral.Service);
            var servesMinors = service?.Serves.Contains(ServedGroup.Minors) ?? false;
            var servesAdults = service?.Serves.Contains(ServedGroup.Adults) ?? false;
            WrongReferralReason? reason = facts.PossibleMinor
                // Presume a child: any service for minors is right, and consent does not block it.
                ? servesMinors ? null : WrongReferralReason.NotACorrectService
                : servesMinors && !servesAdults ? WrongReferralReason.MinorsOnlyServiceForAdult
                : !correct.Contains(referral.Service) ? WrongReferralReason.NotACorrectService
                : !consentGiven ? WrongReferralReason.BeforeConsent
                : null;
            results.Add(new ReferralResult(referral.At, referral.Role, referral.Service, reason is null, reason));
        }

        return results;
    }
}
