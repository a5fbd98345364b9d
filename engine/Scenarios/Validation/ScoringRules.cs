using ReferralSim.Engine.Scenarios.Diagnostics;
using ReferralSim.Engine.Scenarios.Model;
using ReferralSim.Engine.Scenarios.Yaml;

namespace ReferralSim.Engine.Scenarios.Validation;

/// <summary>
/// The scoring section is calibrated by experts who are not programmers, so every number and id in
/// it is checked like the story itself: a typo in a critical action must not silently score zero.
/// Referral services and the expert path are checked by <see cref="ReferenceRules"/>.
/// </summary>
internal static class ScoringRules
{
    public static void Check(ValidationContext context)
    {
        if (context.Definition.Scoring is not { } scoring)
        {
            return;
        }

        CheckWeights(context, scoring.Weights);
        if (scoring.Referral is { } referral)
        {
            CheckDeadline(context, referral.Deadline, context.Map.Of(referral, "deadline"), "scoring referral");
            context.CheckReference(referral.ConsentFlag, context.Index.Flags, DiagnosticCodes.UnknownFlag, "flag",
                context.Map.Of(referral, "consent_flag"), "scoring referral consent_flag");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var critical in scoring.CriticalActions)
        {
            CheckUnique(context, ids, critical.Id, critical, "critical action");
            CheckCriticalAction(context, critical);
        }

        foreach (var duty in scoring.LegalDuties)
        {
            var where = $"legal duty '{duty.Id}'";
            CheckUnique(context, ids, duty.Id, duty, "legal duty");
            context.CheckReference(duty.Action, context.Index.Actions.Keys, DiagnosticCodes.UnknownAction, "action",
                context.Map.Of(duty, "action"), where);
            CheckDeadline(context, duty.Deadline, context.Map.Of(duty, "deadline"), where);
            CheckAnchor(context, duty.From, duty, where);
        }

        CheckHarms(context, scoring.Harms);
    }

    private static void CheckCriticalAction(ValidationContext context, ScoringCriticalAction critical)
    {
        var where = $"critical action '{critical.Id}'";
        if (critical.DoneBy.Count == 0 == critical.Flag is null)
        {
            context.Report(DiagnosticCodes.MissingField, context.Map.Of(critical),
                $"{where} needs exactly one of 'done_by' (a list of actions) or 'flag'");
        }

        context.CheckReferences(critical.DoneBy, context.Index.Actions.Keys, DiagnosticCodes.UnknownAction, "action", $"{where} done_by");
        context.CheckReference(critical.Flag, context.Index.Flags, DiagnosticCodes.UnknownFlag, "flag", context.Map.Of(critical, "flag"), where);
        if (critical.Deadline is { } deadline)
        {
            CheckDeadline(context, deadline, context.Map.Of(critical, "deadline"), where);
            CheckAnchor(context, critical.From, critical, where);
        }
        else if (critical.From != ScoringCriticalAction.FromStart)
        {
            context.Report(DiagnosticCodes.AnchorWithoutDeadline, context.Map.Of(critical, "from"),
                $"{where} says from '{critical.From}' but has no deadline, so nothing is timed");
        }
    }

    private static void CheckWeights(ValidationContext context, ScoringWeights weights)
    {
        var named = new (string Key, int Value)[]
        {
            ("identification", weights.Identification), ("process", weights.Process), ("timeliness", weights.Timeliness),
            ("strong", weights.Strong), ("medium", weights.Medium), ("weak", weights.Weak),
            ("false_alarm", weights.FalseAlarm), ("major_harm", weights.MajorHarm), ("minor_harm", weights.MinorHarm),
        };
        foreach (var (key, value) in named.Where(w => w.Value < 0))
        {
            context.Report(DiagnosticCodes.ScoringWeightNegative, context.Map.Of(weights, key),
                $"scoring weight '{key}' is {value}; weights and penalties are zero or more");
        }

        if (named.Take(3).Any(w => w.Value < 0))
        {
            return;
        }

        if (weights.Total == 0)
        {
            context.Report(DiagnosticCodes.ScoringWeightsZero, context.Map.Of(weights),
                "identification, process and timeliness are all 0, so there is nothing to score");
        }
        else if (weights.Total != 100)
        {
            context.Report(DiagnosticCodes.ScoringWeightsNot100, context.Map.Of(weights),
                $"identification, process and timeliness add up to {weights.Total}; scores read most easily out of 100");
        }
    }

    private static void CheckHarms(ValidationContext context, IReadOnlyList<ScoringHarm> harms)
    {
        var declared = context.Definition.Actions.Select(a => a.Harm?.Code).OfType<string>().ToHashSet(StringComparer.Ordinal);
        declared.Add(ScoringHarm.PossibleMinorNotReferred);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var harm in harms)
        {
            CheckUnique(context, seen, harm.Code, harm, "scoring harm", "code");
            if (!string.IsNullOrEmpty(harm.Code) && !declared.Contains(harm.Code))
            {
                context.Report(DiagnosticCodes.UnknownHarmCode, context.Map.Of(harm, "code"),
                    $"scoring harm '{harm.Code}' is not the code of any action's harm{YamlBindingContext.Suggest(harm.Code, declared)}");
            }

            if (harm.Penalty is < 0)
            {
                context.Report(DiagnosticCodes.ScoringWeightNegative, context.Map.Of(harm, "penalty"),
                    $"scoring harm '{harm.Code}' has penalty {harm.Penalty}; penalties are zero or more");
            }
        }
    }

    private static void CheckDeadline(ValidationContext context, SimTime deadline, SourceLocation location, string where)
    {
        if (deadline <= SimTime.Zero)
        {
            context.Report(DiagnosticCodes.ScoringDeadlineNotPositive, location, $"{where} has deadline {deadline}; a deadline must be more than zero");
        }
    }

    private static void CheckAnchor(ValidationContext context, string from, object owner, string where)
    {
        if (from is ScoringCriticalAction.FromStart or ScoringCriticalAction.FromReasonableGrounds || context.Index.Actions.ContainsKey(from))
        {
            return;
        }

        string[] anchors = [ScoringCriticalAction.FromStart, ScoringCriticalAction.FromReasonableGrounds, .. context.Index.Actions.Keys];
        context.Report(DiagnosticCodes.UnknownDeadlineAnchor, context.Map.Of(owner, "from"),
            $"{where} counts its deadline from '{from}', which is neither start, reasonable-grounds nor an action{YamlBindingContext.Suggest(from, anchors)}");
    }

    private static void CheckUnique(ValidationContext context, HashSet<string> seen, string id, object owner, string kind, string key = "id")
    {
        if (!string.IsNullOrEmpty(id) && !seen.Add(id))
        {
            context.Report(DiagnosticCodes.DuplicateId, context.Map.Of(owner, key), $"{kind} '{id}' is declared twice");
        }
    }
}
