using ReferralSim.Engine.Scenarios.Diagnostics;
using ReferralSim.Engine.Scenarios.Model;
using ReferralSim.Engine.Scenarios.Model.Guards;
using ReferralSim.Engine.Scenarios.Yaml;

namespace ReferralSim.Engine.Scenarios.Validation;

/// <summary>Every id a scenario uses names something it declares (or a service in its directory).</summary>
internal static class ReferenceRules
{
    public static void Check(ValidationContext context)
    {
        var definition = context.Definition;
        foreach (var indicator in definition.Indicators)
        {
            context.CheckReferences(indicator.SeenBy, context.RoleIds, DiagnosticCodes.UnknownRole, "role", $"indicator '{indicator.Id}' seen_by");
        }

        foreach (var state in definition.States)
        {
            context.CheckReference(state.Parent, context.StateIds, DiagnosticCodes.UnknownState, "state",
                context.Map.Of(state, "parent"), $"state '{state.Id}' parent");
            CheckEffects(context, state.OnEntry, $"state '{state.Id}' on_entry");
        }

        foreach (var action in definition.Actions)
        {
            var where = $"action '{action.Id}'";
            context.CheckReferences(action.By, context.RoleIds, DiagnosticCodes.UnknownRole, "role", $"{where} by");
            context.CheckReferences(action.In, context.StateIds, DiagnosticCodes.UnknownState, "state", $"{where} in");
            CheckGuard(context, action.When, $"{where} when");
            CheckGuard(context, action.Harm?.When, $"{where} harm");
            CheckEffects(context, action.Effects, where);
        }

        foreach (var inject in definition.Injects)
        {
            CheckGuard(context, inject.When, $"inject '{inject.Id}' when");
            CheckEffects(context, inject.Effects, $"inject '{inject.Id}'");
        }

        if (definition.Referral is { } referral)
        {
            context.CheckReferences(referral.By, context.RoleIds, DiagnosticCodes.UnknownRole, "role", "referral by");
            foreach (var route in referral.Routes)
            {
                CheckServices(context, route.To, "referral route");
                CheckGuard(context, route.When, "referral route when");
                CheckEffects(context, route.Effects, "referral route");
            }
        }

        if (definition.Scoring is { } scoring)
        {
            CheckServices(context, scoring.Referral?.To, "scoring referral");
            foreach (var step in scoring.ExpertPath)
            {
                CheckExpertStep(context, step);
            }
        }
    }

    private static void CheckExpertStep(ValidationContext context, ExpertStep step)
    {
        context.CheckReference(step.By, context.RoleIds, DiagnosticCodes.UnknownRole, "role", context.Map.Of(step, "by"), "expert_path step");
        if (step.Do is null == step.Refer is null)
        {
            context.Report(DiagnosticCodes.MissingField, context.Map.Of(step),
                "an expert_path step has exactly one of 'do' (an action) or 'refer' (a directory service)");
            return;
        }

        if (step.Do is { } actionId)
        {
            context.CheckReference(actionId, context.Index.Actions.Keys, DiagnosticCodes.UnknownAction, "action",
                context.Map.Of(step, "do"), "expert_path step");
            if (context.Index.Actions.TryGetValue(actionId, out var action) && context.Index.Roles.ContainsKey(step.By) && !action.By.Contains(step.By))
            {
                context.Report(DiagnosticCodes.RoleMayNotAct, context.Map.Of(step, "by"),
                    $"role '{step.By}' may not do '{actionId}'; its 'by' lists {string.Join(", ", action.By)}");
            }
        }
        else
        {
            if (context.Directory is not null)
            {
                // Without a directory (already reported as RS0110) no service can be checked.
                context.CheckReference(step.Refer, context.ServiceIds, DiagnosticCodes.UnknownReferralTarget,
                    $"service (of directory {context.Directory.Country})", context.Map.Of(step, "refer"), "expert_path step");
            }
            var referrers = context.Definition.Referral?.By ?? [];
            if (context.Index.Roles.ContainsKey(step.By) && !referrers.Contains(step.By))
            {
                context.Report(DiagnosticCodes.RoleMayNotAct, context.Map.Of(step, "by"),
                    $"role '{step.By}' may not refer; referral 'by' lists {(referrers.Count == 0 ? "no roles" : string.Join(", ", referrers))}");
            }
        }
    }

    private static void CheckServices(ValidationContext context, IReadOnlyList<string>? services, string where)
    {
        if (context.Directory is not null)
        {
            context.CheckReferences(services, context.ServiceIds, DiagnosticCodes.UnknownReferralTarget,
                $"service (of directory {context.Directory.Country})", $"{where} to");
        }
    }

    public static void CheckEffects(ValidationContext context, Effects? effects, string where)
    {
        if (effects is null)
        {
            return;
        }

        context.CheckReferences(effects.Set, context.Index.Flags, DiagnosticCodes.UnknownFlag, "flag", $"{where} set");
        context.CheckReferences(effects.Clear, context.Index.Flags, DiagnosticCodes.UnknownFlag, "flag", $"{where} clear");
        context.CheckReferences(effects.Reveal, context.Index.Indicators.Keys, DiagnosticCodes.UnknownIndicator, "indicator", $"{where} reveal");
        context.CheckReference(effects.Goto, context.StateIds, DiagnosticCodes.UnknownState, "state", context.Map.Of(effects, "goto"), $"{where} goto");
        foreach (var narration in effects.Narrate)
        {
            context.CheckReferences(narration.To, context.RoleIds, DiagnosticCodes.UnknownRole, "role", $"{where} narrate to");
        }
    }

    public static void CheckGuard(ValidationContext context, Guard? guard, string where)
    {
        foreach (var part in guard?.Flatten() ?? [])
        {
            // in_state, done and revealed point at the id they name, not at the '{' before the keyword.
            var location = context.Map.NodeOf(part) is YamlMapping { Entries: [var entry] } ? entry.Value.Location : context.Map.Of(part);
            switch (part)
            {
                case FlagGuard flag:
                    context.CheckReference(flag.Flag, context.Index.Flags, DiagnosticCodes.UnknownFlag, "flag", location, where);
                    break;
                case InStateGuard inState:
                    context.CheckReference(inState.State, context.StateIds, DiagnosticCodes.UnknownState, "state", location, where);
                    break;
                case DoneGuard done:
                    context.CheckReference(done.Action, context.Index.Actions.Keys, DiagnosticCodes.UnknownAction, "action", location, where);
                    break;
                case RevealedGuard revealed:
                    context.CheckReference(revealed.Indicator, context.Index.Indicators.Keys, DiagnosticCodes.UnknownIndicator, "indicator", location, where);
                    break;
            }
        }
    }
}
