using System.CommandLine;
using ReferralSim.Engine.Debrief;
using ReferralSim.Web.Components.Debrief;

namespace ReferralSim.Web.Cli;

/// <summary><c>referralsim compare SCENARIO EVENTS.jsonl... --format html|json [--language en|el|it] [-o FILE]</c>: runs of one scenario side by side.</summary>
internal static class CompareCommand
{
    public static Command Create()
    {
        var scenario = new Argument<FileInfo>("scenario") { Description = "The scenario YAML file the runs played." };
        var events = new Argument<FileInfo[]>("events") { Description = "Event logs (JSON Lines), one per run.", Arity = ArgumentArity.OneOrMore };
        var format = CliOptions.Format("html", "json");
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write here instead of to standard output." };
        var hideScores = new Option<bool>("--hide-scores") { Description = "Leave scores out of the HTML comparison." };
        var language = CliOptions.ReportLanguage("comparison");
        var command = new Command("compare", "Compare debriefs of several runs of one scenario.") { scenario, events, format, output, hideScores, language };
        command.SetAction(async (parse, cancellation) =>
        {
            try
            {
                var compiled = DebriefInput.Scenario(parse.GetValue(scenario)!);
                var options = new DebriefOptions { Language = parse.GetValue(language) ?? "en" };
                var reports = parse.GetValue(events)!
                    .Select(file => (file.Name, Debriefer.Debrief(compiled, DebriefInput.Log(file, compiled), options)))
                    .ToList();
                var comparison = DebriefComparer.Compare(reports);
                var text = parse.GetValue(format) == "json"
                    ? DebriefJson.Serialize(comparison)
                    : await DebriefHtml.RenderAsync(comparison, options.Language, !parse.GetValue(hideScores));
                await DebriefInput.WriteAsync(parse.GetValue(output), text, parse.InvocationConfiguration.Output);
                return 0;
            }
            catch (DebriefInputException error)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"error: {error.Message}");
                return 1;
            }
        });
        return command;
    }
}
