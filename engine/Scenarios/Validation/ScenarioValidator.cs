using ReferralSim.Engine.Scenarios.Diagnostics;
using ReferralSim.Engine.Scenarios.Directories;
using ReferralSim.Engine.Scenarios.Model;
using ReferralSim.Engine.Scenarios.Yaml;

namespace ReferralSim.Engine.Scenarios.Validation;

/// <summary>Runs every rule over a bound scenario; each reports all it finds.</summary>
public static class ScenarioValidator
{
    public static void Validate(ScenarioDefinition definition, SourceMap sourceMap, ReferralDirectory? directory, DiagnosticBag diagnostics)
    {
        var context = new ValidationContext(definition, sourceMap, diagnostics, directory);
        IdRules.Check(context);
        ReferenceRules.Check(context);
        IndicatorRules.Check(context);
        InjectRules.Check(context);
        TextRules.Check(context);
        StateGraphRules.Check(context);
        ScoringRules.Check(context);
    }
}
