using System.CommandLine;
using ReferralSim.Engine.Runtime;
using ReferralSim.Engine.StateMachine.Graph;

namespace ReferralSim.Web.Cli;

/// <summary><c>referralsim graph FILE --format mermaid|dot</c>: the scenario's state machine as a diagram.</summary>
internal static class GraphCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "The scenario YAML file." };
        var format = CliOptions.Format("mermaid", "dot");
        var command = new Command("graph", "Print the scenario's states and transitions as a Mermaid or Graphviz diagram.") { file, format };
        command.SetAction(parse =>
        {
            if (PlayCommand.Compile(parse.GetValue(file)!, parse.InvocationConfiguration.Error) is not { } scenario)
            {
                return 1;
            }

            // The diagram shows every transition, so every guard "holds"; the state lives only here.
            var current = RunState.Root;
            var machine = ScenarioMachine.Build(scenario.Index, () => current, s => current = s, (_, _) => true);
            var info = machine.GetInfo();
            parse.InvocationConfiguration.Output.Write(parse.GetValue(format) == "dot" ? UmlDotGraph.Format(info) : MermaidGraph.Format(info));
            return 0;
        });
        return command;
    }
}
