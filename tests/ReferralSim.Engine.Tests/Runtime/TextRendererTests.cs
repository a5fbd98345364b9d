using ReferralSim.Engine.Runtime;
using static ReferralSim.Engine.Tests.Runtime.RunDriver;

namespace ReferralSim.Engine.Tests.Runtime;

public sealed class TextRendererTests
{
    [Fact]
    public void ATextIsFilledWithTheRunsPeople()
    {
        var run = Started(seed: 3);
        var text = run.Scenario.Index.Indicators["speaks-for-her"].Text;

        Assert.Equal($"He answers for {run.Personas["patient"].First}.", run.Text.Render(text));
    }

    [Fact]
    public void ATextIsRenderedOnceAndThenReused()
    {
        var run = Started();
        var text = run.Scenario.Index.Indicators["speaks-for-her"].Text;

        Assert.Same(run.Text.Render(text), run.Text.Render(text));
    }

    [Fact]
    public void EachRunFillsTheSameTextWithItsOwnPeople()
    {
        var scenario = RuntimeScenario.Compile();
        var text = scenario.Index.Indicators["speaks-for-her"].Text;
        var runs = Enumerable.Range(1, 8).Select(seed => new ScenarioRun(scenario, new RunOptions(seed, "en"))).ToList();
        Assert.True(runs.Select(r => r.Personas["patient"].First).Distinct().Count() > 1);

        Assert.All(runs, run => Assert.Equal($"He answers for {run.Personas["patient"].First}.", run.Text.Render(text)));
    }
}
