using ReferralSim.Engine.Runtime.Commands;
using ReferralSim.Engine.Scenarios;
using ReferralSim.Engine.Scenarios.Diagnostics;
using ReferralSim.Engine.Scenarios.Model;
using ReferralSim.Engine.Scenarios.Yaml;

namespace ReferralSim.Engine.Runtime.Scripts;

/// <summary>
/// Reads a play script (a YAML list of <see cref="PlayScriptStep"/>) with the scenario loader, so
/// its mistakes come out as located diagnostics, and checks every id against the scenario before
/// anything runs. A script without <c>facilitator: start</c> starts the run at 0m by itself.
/// </summary>
public static class PlayScriptLoader
{
    private static readonly string[] StepKinds = ["do", "note", "refer", "message", "facilitator", "fire", "speed", "tick"];

    /// <summary>The commands in file order, or null when <paramref name="diagnostics"/> has errors.</summary>
    public static IReadOnlyList<ScriptedCommand>? Load(string text, string file, CompiledScenario scenario, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var map = new SourceMap(file);
        var steps = YamlDocumentLoader.Load<IReadOnlyList<PlayScriptStep>>(text, file, diagnostics, map);
        if (steps is null || diagnostics.HasErrors)
        {
            return null;
        }

        var commands = new List<ScriptedCommand>();
        var checker = new StepChecker(scenario, map, diagnostics);
        foreach (var step in steps)
        {
            if (checker.ToCommand(step) is { } command)
            {
                commands.Add(new ScriptedCommand(command, map.Of(step)));
            }
        }

        if (diagnostics.HasErrors)
        {
            return null;
        }

        if (!commands.Exists(c => c.Command is StartRun))
        {
            commands.Insert(0, new ScriptedCommand(new StartRun(SimTime.Zero), new SourceLocation(file, 1, 1)));
        }

        return commands;
    }

    private sealed class StepChecker(CompiledScenario scenario, SourceMap map, DiagnosticBag diagnostics)
    {
        private ScenarioIndex Index => scenario.Index;

        public RunCommand? ToCommand(PlayScriptStep step)
        {
            var kinds = Kinds(step);
            if (kinds.Count != 1)
            {
                diagnostics.Add(kinds.Count == 0 ? DiagnosticCodes.MissingField : DiagnosticCodes.InvalidValue, map.Of(step),
                    kinds.Count == 0
                        ? $"a step needs one of {string.Join(", ", StepKinds)}"
                        : $"a step does one thing; this one has {string.Join(" and ", kinds)}");
                return null;
            }

            var needsRole = kinds[0] is "do" or "note" or "refer" or "message";
            if (needsRole && step.Role is null)
            {
                diagnostics.Add(DiagnosticCodes.MissingField, map.Of(step), $"a step with {kinds[0]} needs the role that does it");
                return null;
            }

            if (!needsRole && step.Role is not null)
            {
                diagnostics.Add(DiagnosticCodes.InvalidValue, map.Of(step, "role"), $"a step with {kinds[0]} is not done by a role; remove role");
                return null;
            }

            if (step.Role is { } role && !Known(role, Index.Roles.Keys, DiagnosticCodes.UnknownRole, map.Of(step, "role"), "role"))
            {
                return null;
            }

            var at = step.At;
            return kinds[0] switch
            {
                "do" => Known(step.Do!, Index.Actions.Keys, DiagnosticCodes.UnknownAction, map.Of(step, "do"), "action")
                    ? new PerformAction(at, step.Role!, step.Do!) : null,
                "note" => Known(step.Note!, Index.Indicators.Keys, DiagnosticCodes.UnknownIndicator, map.Of(step, "note"), "indicator")
                    ? new NoteConcern(at, step.Role!, step.Note!) : null,
                "refer" => Known(step.Refer!, scenario.Directory.Services.Select(s => s.Id), DiagnosticCodes.UnknownReferralTarget, map.Of(step, "refer"), "service")
                    ? new MakeReferral(at, step.Role!, step.Refer!) : null,
                "message" => step.Message!.To.All(to => Known(to, Index.Roles.Keys, DiagnosticCodes.UnknownRole, map.Of(step.Message, "to"), "role"))
                    ? new SendMessage(at, step.Role!, step.Message.To, step.Message.Text) : null,
                "fire" => Known(step.Fire!, Index.Injects.Keys, DiagnosticCodes.UnknownInject, map.Of(step, "fire"), "inject")
                    ? new FireInject(at, step.Fire!) : null,
                "speed" => new SetSpeed(at, step.Speed!.Value),
                "tick" => new AdvanceClock(at),
                _ => step.Facilitator switch
                {
                    ScriptFacilitatorCommand.Start => new StartRun(at),
                    ScriptFacilitatorCommand.Pause => new PauseRun(at),
                    ScriptFacilitatorCommand.Resume => new ResumeRun(at),
                    _ => new EndRun(at),
                },
            };
        }

        private static List<string> Kinds(PlayScriptStep step)
        {
            var kinds = new List<string>();
            Add(step.Do is not null, "do");
            Add(step.Note is not null, "note");
            Add(step.Refer is not null, "refer");
            Add(step.Message is not null, "message");
            Add(step.Facilitator is not null, "facilitator");
            Add(step.Fire is not null, "fire");
            Add(step.Speed is not null, "speed");
            Add(step.Tick, "tick");
            return kinds;

            void Add(bool present, string kind)
            {
                if (present)
                {
                    kinds.Add(kind);
                }
            }
        }

        private bool Known(string id, IEnumerable<string> ids, DiagnosticDescriptor code, SourceLocation location, string what)
        {
            var candidates = ids.ToList();
            if (candidates.Contains(id, StringComparer.Ordinal))
            {
                return true;
            }

            diagnostics.Add(code, location, $"there is no {what} '{id}' in {scenario.Id}{YamlBindingContext.Suggest(id, candidates)}");
            return false;
        }
    }
}
