using System.CommandLine;
using ReferralSim.Engine.Bots;
using ReferralSim.Engine.Runtime;
using ReferralSim.Engine.Runtime.Events;
using ReferralSim.Engine.Runtime.Scripts;
using ReferralSim.Engine.Runtime.Serialization;
using ReferralSim.Engine.Scenarios;
using ReferralSim.Engine.Scenarios.Diagnostics;
using ReferralSim.Engine.Scenarios.Yaml;
using ReferralSim.Web.Library;

namespace ReferralSim.Web.Cli;

/// <summary>
/// <c>referralsim play FILE</c>: runs a scenario with a bot in every role, or with a script, and
/// prints the event log. Exit 0; 1 when the scenario or script has errors or the run refuses a
/// scripted command (the run stops there).
/// </summary>
internal static class PlayCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "The scenario YAML file." };
        var bots = new Option<string>("--bots") { Description = "Who plays every role: expert (scoring.expert_path) or random.", DefaultValueFactory = _ => "expert" };
        bots.AcceptOnlyFromAmong("expert", "random");
        var seed = new Option<int>("--seed") { Description = "The run seed: the people invented, and the random bots' choices.", DefaultValueFactory = _ => 1 };
        var language = new Option<string?>("--language") { Description = "en, el or it (default: the scenario's first language)." };
        language.AcceptOnlyFromAmong("en", "el", "it");
        var format = CliOptions.Format("text", "jsonl");
        var script = new Option<FileInfo?>("--script")
        {
            Description = "Play a script instead of bots: a YAML list of steps, each with `at` and one of " +
                "role+do, role+note, role+refer, role+message {to, text}, facilitator (start|pause|resume|end), fire, speed, tick: true. " +
                "See facilitator-guide/authoring/scripts.md.",
        };
        var command = new Command("play", "Run a scenario with bots or a script and print the event log.") { file, bots, seed, language, format, script };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var scenarioFile = parse.GetValue(file)!;
            if (Compile(scenarioFile, error) is not { } scenario)
            {
                return 1;
            }

            var options = new RunOptions(parse.GetValue(seed), parse.GetValue(language) ?? scenario.Definition.DefaultLanguage);
            IReadOnlyList<RunEvent> events;
            var exitCode = 0;
            if (parse.GetValue(script) is { } scriptFile)
            {
                (events, exitCode) = PlayScript(scenario, options, scriptFile, error);
            }
            else
            {
                var players = scenario.Definition.Roles.Select(r => r.Id).ToList();
                var path = new ExpertPath(scenario);
                IEnumerable<IBot> roster = parse.GetValue(bots) == "random"
                    ? players.Select(role => new RandomBot(role, options.Seed))
                    : players.Select(role => new ExpertBot(role, path));
                events = BotPlaythrough.Play(scenario, options, roster).Run.Events;
            }

            Write(events, parse.GetValue(format)!, output);
            return exitCode;
        });
        return command;
    }

    /// <summary>The compiled scenario, or null after printing its errors.</summary>
    internal static CompiledScenario? Compile(FileInfo file, TextWriter error)
    {
        var path = Path.GetRelativePath(Directory.GetCurrentDirectory(), file.FullName);
        if (!file.Exists)
        {
            error.WriteLine($"{path}:1:1: error: the file does not exist");
            return null;
        }

        var directories = FileReferralDirectories.BesideScenario(file.FullName);
        var result = ScenarioCompiler.Compile(File.ReadAllText(file.FullName), path, directories);
        foreach (var diagnostic in directories.Diagnostics.Concat(result.Errors))
        {
            error.WriteLine(diagnostic.ToString());
        }

        return result.Scenario;
    }

    private static (IReadOnlyList<RunEvent> Events, int ExitCode) PlayScript(CompiledScenario scenario, RunOptions options, FileInfo scriptFile, TextWriter error)
    {
        var path = Path.GetRelativePath(Directory.GetCurrentDirectory(), scriptFile.FullName);
        if (!scriptFile.Exists)
        {
            error.WriteLine($"{path}:1:1: error: the file does not exist");
            return ([], 1);
        }

        var diagnostics = new DiagnosticBag();
        var commands = PlayScriptLoader.Load(File.ReadAllText(scriptFile.FullName), path, scenario, diagnostics);
        foreach (var diagnostic in diagnostics.Sorted())
        {
            error.WriteLine(diagnostic.ToString());
        }

        if (commands is null)
        {
            return ([], 1);
        }

        var run = new ScenarioRun(scenario, options);
        foreach (var scripted in commands)
        {
            var result = run.Execute(scripted.Command);
            if (result.Rejection is { } rejection)
            {
                // Stop at the first refusal: later steps were written for a run in which this one happened.
                error.WriteLine($"{scripted.Location}: error: refused ({YamlNaming.EnumValue(rejection.Code.ToString())}): {rejection.Message}");
                return (run.Events, 1);
            }
        }

        return (run.Events, 0);
    }

    private static void Write(IReadOnlyList<RunEvent> events, string format, TextWriter output)
    {
        if (format == "jsonl")
        {
            output.Write(RunEventJson.ToJsonLines(events));
            return;
        }

        foreach (var runEvent in events)
        {
            output.WriteLine(EventText.Format(runEvent));
        }
    }
}
