using ReferralSim.Engine.Runtime.Events;
using ReferralSim.Engine.Runtime.Serialization;
using ReferralSim.Engine.Scenarios;
using ReferralSim.Web.Library;

namespace ReferralSim.Web.Cli;

/// <summary>
/// What the debrief and compare verbs read: a scenario file and event logs written by
/// RunEventJson.ToJsonLines. Every problem becomes one clear line (a <see cref="DebriefInputException"/>).
/// </summary>
internal static class DebriefInput
{
    public static CompiledScenario Scenario(FileInfo file)
    {
        if (!file.Exists)
        {
            throw new DebriefInputException($"{file.Name}: the scenario file does not exist");
        }

        var directories = FileReferralDirectories.BesideScenario(file.FullName);
        var result = ScenarioCompiler.Compile(File.ReadAllText(file.FullName), file.Name, directories);
        return result.Scenario ?? throw new DebriefInputException(
            $"{file.Name}: the scenario does not compile ({result.Errors.Count()} error(s); run 'referralsim validate {file.Name}')");
    }

    public static IReadOnlyList<RunEvent> Log(FileInfo file, CompiledScenario scenario)
    {
        if (!file.Exists)
        {
            throw new DebriefInputException($"{file.Name}: the event log does not exist");
        }

        IReadOnlyList<RunEvent> events;
        try
        {
            events = RunEventJson.FromJsonLines(File.ReadAllText(file.FullName));
        }
        catch (FormatException error)
        {
            throw new DebriefInputException($"{file.Name}: {OneLine(error.Message)}");
        }

        var start = events.OfType<RunStarted>().FirstOrDefault()
            ?? throw new DebriefInputException($"{file.Name}: the log has no run-started event");
        return start.ScenarioId == scenario.Id
            ? events
            : throw new DebriefInputException($"{file.Name}: this is a log of scenario '{start.ScenarioId}', not of '{scenario.Id}'");
    }

    public static async Task WriteAsync(FileInfo? output, string text, TextWriter standardOutput)
    {
        if (output is null)
        {
            await standardOutput.WriteAsync(text);
            return;
        }

        await File.WriteAllTextAsync(output.FullName, text);
    }

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
