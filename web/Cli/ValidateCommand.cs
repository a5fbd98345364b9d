using System.CommandLine;
using System.Text.Json;
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
        var command = new Command("validate", "Check scenario files and print every problem with its line and column.") { files, format };
        command.SetAction(parse =>
        {
            var diagnostics = new List<Diagnostic>();
            foreach (var file in parse.GetValue(files)!)
            {
                diagnostics.AddRange(Validate(file));
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

    private static IEnumerable<Diagnostic> Validate(FileInfo file)
    {
        var path = Path.GetRelativePath(Directory.GetCurrentDirectory(), file.FullName);
        if (!file.Exists)
        {
            return [DiagnosticCodes.YamlSyntax.At(new SourceLocation(path, 1, 1), "the file does not exist")];
        }

        var directories = FileReferralDirectories.BesideScenario(file.FullName);
        var result = ScenarioCompiler.Compile(File.ReadAllText(file.FullName), path, directories);
        return [.. directories.Diagnostics, .. result.Diagnostics];
    }
}
