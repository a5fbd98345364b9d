using System.CommandLine;
using System.Text.Json;
using ReferralSim.Engine.Bots;
using ReferralSim.Engine.Scenarios;
using ReferralSim.Engine.Scenarios.Diagnostics;
using ReferralSim.Web.Library;

namespace ReferralSim.Web.Cli;

/// <summary><c>referralsim validate FILE...</c>: every problem with its place; exit 1 when any is an error.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("files") { Description = "Scenario YAML files to check.", Arity = ArgumentArity.OneOrMore };
        var format = CliOptions.Format("text", "json");
        var exploreDepth = new Option<int>("--explore-depth")
        {
            Description = "How many moves deep the bot explorer searches for unreachable endings, unrevealed indicators and stuck stories (RS06xx); 0 turns it off. " +
                "The default, 12, reaches the reference scenario's referral and takes about a second.",
            DefaultValueFactory = _ => ScenarioExplorer.DefaultDepth,
        };
        var command = new Command("validate", "Check scenario files and print every problem with its line and column.") { files, format, exploreDepth };
        command.SetAction(parse =>
        {
            var diagnostics = new List<Diagnostic>();
            foreach (var file in parse.GetValue(files)!)
            {
                diagnostics.AddRange(Validate(file, parse.GetValue(exploreDepth)));
            }

            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(format) == "json")
            {
                output.WriteLine(JsonSerializer.Serialize(diagnostics.Select(d => new
                {
                    file = d.Location.File,
                    line = d.Location.Line,
                    column = d.Location.Column,
                    severity = d.IsError ? "error" : "warning",
                    code = d.Code,
                    message = d.Message,
                }), CliOptions.Json));
            }
            else
            {
                foreach (var diagnostic in diagnostics)
                {
                    output.WriteLine(diagnostic.ToString());
                }

                var errors = diagnostics.Count(d => d.IsError);
                output.WriteLine($"{errors} error(s), {diagnostics.Count - errors} warning(s)");
            }

            return diagnostics.Any(d => d.IsError) ? 1 : 0;
        });
        return command;
    }

    private static IEnumerable<Diagnostic> Validate(FileInfo file, int exploreDepth)
    {
        var path = Path.GetRelativePath(Directory.GetCurrentDirectory(), file.FullName);
        if (!file.Exists)
        {
            return [DiagnosticCodes.YamlSyntax.At(new SourceLocation(path, 1, 1), "the file does not exist")];
        }

        var directories = FileReferralDirectories.BesideScenario(file.FullName);
        var text = File.ReadAllText(file.FullName);
        var result = ScenarioCompiler.Compile(text, path, directories);
        // The bots play only a scenario that compiled: the expert path always (RS0604), the explorer when asked (RS0601-RS0603).
        IEnumerable<Diagnostic> played = result.Scenario is { } scenario ? BotDiagnostics.Check(scenario, text, exploreDepth) : [];
        return [.. directories.Diagnostics, .. result.Diagnostics, .. played];
    }
}
