using ReferralSim.Engine.Bots;
using ReferralSim.Engine.Runtime;
using ReferralSim.Engine.Runtime.Events;

namespace ReferralSim.Engine.Tests.Bots;

public sealed class ExpertBotTests
{
    [Fact]
    public void ExpertPathOfTheReferenceScenarioEndsReferredWithEveryStepTaken()
    {
        var scenario = RepositoryScenarios.Reference;

        var report = ExpertPlaythrough.Play(scenario, new RunOptions(7, "en"));

        Assert.Null(report.Failure);
        Assert.Equal(scenario.Definition.Scoring!.ExpertPath.Count, report.StepsTaken);
        Assert.Empty(report.Playthrough.Refused);
        Assert.Equal(RunOutcome.Referred, report.Playthrough.Run.State.Ending?.Outcome);
        Assert.Equal("referred", report.Playthrough.Run.State.Ending?.State);
    }

    [Fact]
    public void ExpertNotesEveryRevealedTrueIndicatorInEveryRoleThatSawItAndNoDistractor()
    {
        var scenario = RepositoryScenarios.Reference;

        var run = ExpertPlaythrough.Play(scenario, new RunOptions(7, "en")).Playthrough.Run;

        var revealed = run.Events.OfType<IndicatorRevealed>().Select(e => scenario.Index.Indicators[e.Indicator]).ToList();
        var expected = revealed.Where(i => !i.IsDistractor).SelectMany(i => i.SeenBy.Select(role => (role, i.Id))).Order().ToList();
        var noted = run.Events.OfType<ConcernNoted>().Select(e => (e.Role, e.Indicator)).Order().ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, noted);
    }

    [Fact]
    public void ExpertNotesAnIndicatorAtTheMomentItIsRevealed()
    {
        var run = ExpertPlaythrough.Play(RepositoryScenarios.Reference, new RunOptions(7, "en")).Playthrough.Run;

        var revealedAt = run.Events.OfType<IndicatorRevealed>().ToDictionary(e => e.Indicator, e => e.At);
        Assert.All(run.Events.OfType<ConcernNoted>(), note => Assert.Equal(revealedAt[note.Indicator], note.At));
    }

    [Fact]
    public void AnImpossibleStepIsRS0604AtThatStepWithTheReason()
    {
        var scenario = RepositoryScenarios.CompileTextOrFail(BrokenScenario.Text, "broken.yaml");

        var report = ExpertPlaythrough.Play(scenario, new RunOptions(1, "en"));
        var diagnostic = Assert.Single(BotDiagnostics.ForExpert(report, new ScenarioLocator(BrokenScenario.Text, "broken.yaml")));

        Assert.Equal(1, report.Failure?.StepIndex);
        Assert.Equal("RS0604", diagnostic.Code);
        Assert.Equal(BrokenScenario.LineOf("{ by: nurse, do: rescue }"), diagnostic.Location.Line);
        Assert.Contains("step 2 (nurse: do rescue)", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("needs: magic", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AtDepth8TheReferralIsTheOnlyThingOutOfReachInTheReferenceScenario()
    {
        var scenario = RepositoryScenarios.Reference;

        var diagnostics = BotDiagnostics.Check(scenario, File.ReadAllText(RepositoryScenarios.PathOf(RepositoryScenarios.ReferencePath)), exploreDepth: 8);

        // Depth 8 is too shallow for the referral (RS0601 'referred'); everything else must be clean.
        Assert.Equal(["RS0601"], diagnostics.Select(d => d.Code));
        Assert.Contains("'referred'", diagnostics[0].Message, StringComparison.Ordinal);
    }
}
