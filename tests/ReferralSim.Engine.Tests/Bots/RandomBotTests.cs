using ReferralSim.Engine.Bots;
using ReferralSim.Engine.Runtime;
using ReferralSim.Engine.Runtime.Events;
using ReferralSim.Engine.Runtime.Serialization;

namespace ReferralSim.Engine.Tests.Bots;

public sealed class RandomBotTests
{
    [Fact]
    public void SameSeedGivesByteIdenticalJsonLines()
    {
        Assert.Equal(Play(42), Play(42));
    }

    [Fact]
    public void DifferentSeedsGiveDifferentLogs()
    {
        Assert.NotEqual(Play(1), Play(2));
    }

    [Fact]
    public void RandomPlaythroughEndsAndNoBotCommandIsRefused()
    {
        foreach (var seed in Enumerable.Range(1, 20))
        {
            var result = BotPlaythrough.Play(RepositoryScenarios.Reference, new RunOptions(seed, "en"), Bots(seed));

            Assert.True(result.Run.State.Ended, $"seed {seed}");
            Assert.False(result.StepLimitReached, $"seed {seed}");
            Assert.Empty(result.Refused);
        }
    }

    [Fact]
    public void RoleSeedsDifferBetweenRolesAndDoNotDependOnTheProcess()
    {
        Assert.NotEqual(RandomBot.RoleSeed(1, "nurse"), RandomBot.RoleSeed(1, "doctor"));
        // FNV-1a of "nurse" is 0xf79f39aa; xor 1 × 2654435761. Computed outside .NET, so a change of hashing shows here.
        Assert.Equal(1772634139, RandomBot.RoleSeed(1, "nurse"));
    }

    [Fact]
    public void BotsThatAlwaysWaitLetTheClockRunThroughTimedInjectsToTheLimit()
    {
        var scenario = RepositoryScenarios.Reference;

        var run = BotPlaythrough.Play(scenario, new RunOptions(1, "en"), scenario.Definition.Roles.Select(r => new WaitingBot(r.Id))).Run;

        var fired = run.Events.OfType<InjectFired>().Single(e => e.Inject == "companion-insists-on-leaving");
        Assert.Equal(35 * 60, fired.At.Seconds);
        var ended = run.Events.OfType<RunEnded>().Single();
        Assert.Equal(RunOutcome.Lost, ended.Outcome);
        Assert.Equal(60 * 60, ended.At.Seconds);
    }

    private static string Play(int seed) =>
        RunEventJson.ToJsonLines(BotPlaythrough.Play(RepositoryScenarios.Reference, new RunOptions(seed, "en"), Bots(seed)).Run.Events);

    private static IEnumerable<IBot> Bots(int seed) => RepositoryScenarios.Reference.Definition.Roles.Select(r => new RandomBot(r.Id, seed));

    private sealed class WaitingBot(string role) : IBot
    {
        public string Role { get; } = role;

        public global::ReferralSim.Engine.Runtime.Commands.RunCommand? Decide(ScenarioRun run) => null;
    }
}
