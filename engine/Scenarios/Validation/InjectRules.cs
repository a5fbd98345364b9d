using ReferralSim.Engine.Scenarios.Diagnostics;
using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Scenarios.Validation;

/// <summary>Every inject can fire: it has a time, a condition or the facilitator, within the clock's limit.</summary>
internal static class InjectRules
{
    public static void Check(ValidationContext context)
    {
        var limit = context.Definition.Clock.Limit;
        foreach (var inject in context.Definition.Injects)
        {
            if (!inject.Manual && inject.At is null && inject.When is null)
            {
                context.Report(DiagnosticCodes.InjectNeverFires, context.Map.Of(inject),
                    $"inject '{inject.Id}' never fires: give it 'at' (a time), 'when' (a condition) or 'manual: true'");
            }

            // A zero limit is a missing or unreadable one, reported where the clock is.
            if (inject.At is { } at && limit > SimTime.Zero && at > limit)
            {
                context.Report(DiagnosticCodes.InjectAfterLimit, context.Map.Of(inject, "at"),
                    $"inject '{inject.Id}' is timed at {at}, after the clock's limit of {limit}, so it never fires");
            }
        }
    }
}
