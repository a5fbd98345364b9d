using System.CommandLine;
using ReferralSim.Engine.Debrief;
using ReferralSim.Web.Components.Debrief;

namespace ReferralSim.Web.Cli;

/// <summary><c>referralsim debrief SCENARIO EVENTS.jsonl --format html|csv|json [-o FILE]</c>.</summary>
internal static class DebriefCommand
{
    public static Command Create()
    {
        var scenario = new Argument<FileInfo>("scenario") { Description = "The scenario YAML file the run played." };
        var events = new Argument<FileInfo>("events") { Description = "The run's event log (JSON Lines)." };
        var format = CliOptions.Format("html", "csv", "json");
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write here instead of to standard output." };
        var hideScores = new Option<bool>("--hide-scores") { Description = "Leave scores out of the HTML report (the room view)." };
        var language = CliOptions.ReportLanguage("report");
        var command = new Command("debrief", "Score a run and write its debrief report.") { scenario, events, format, output, hideScores, language };
        command.SetAction(async (parse, cancellation) =>
        {
            try
            {
                var compiled = DebriefInput.Scenario(parse.GetValue(scenario)!);
                var log = DebriefInput.Log(parse.GetValue(events)!, compiled);
                var options = new DebriefOptions { Language = parse.GetValue(language) ?? "en", ShowScores = !parse.GetValue(hideScores) };
                var report = Debriefer.Debrief(compiled, log, options);
                var text = parse.GetValue(format) switch
                {
                    "json" => DebriefJson.Serialize(report),
                    "csv" => DebriefCsv.Write(report),
                    _ => await DebriefHtml.RenderAsync(report, options),
                };
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
