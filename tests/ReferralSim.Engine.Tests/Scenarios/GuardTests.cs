using ReferralSim.Engine.Scenarios.Model;
using ReferralSim.Engine.Scenarios.Model.Guards;

namespace ReferralSim.Engine.Tests.Scenarios;

public sealed class GuardTests
{
    private sealed class FakeRun : IGuardContext
    {
        public SimTime Now { get; init; } = SimTime.Zero;

        public HashSet<string> Flags { get; } = new(StringComparer.Ordinal);

        public HashSet<string> States { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Done { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Revealed { get; } = new(StringComparer.Ordinal);

        public bool IsSet(string flag) => Flags.Contains(flag);

        public bool IsInState(string state) => States.Contains(state);

        public bool IsDone(string action) => Done.Contains(action);

        public bool IsRevealed(string indicator) => Revealed.Contains(indicator);
    }

    private static readonly FlagGuard Separated = new("separated");
    private static readonly FlagGuard Consent = new("consent");

    [Fact]
    public void FlagGuardHoldsWhenTheFlagIsSet()
    {
        var run = new FakeRun { Flags = { "separated" } };

        Assert.True(Separated.Holds(run));
        Assert.False(Consent.Holds(run));
    }

    [Fact]
    public void AllHoldsOnlyWhenEveryGuardHolds()
    {
        var guard = new AllGuard([Separated, Consent]);

        Assert.False(guard.Holds(new FakeRun { Flags = { "separated" } }));
        Assert.True(guard.Holds(new FakeRun { Flags = { "separated", "consent" } }));
    }

    [Fact]
    public void EmptyAllAlwaysHolds()
    {
        Assert.True(Guard.Always.Holds(new FakeRun()));
    }

    [Fact]
    public void AnyHoldsWhenAtLeastOneGuardHolds()
    {
        var guard = new AnyGuard([Separated, Consent]);

        Assert.True(guard.Holds(new FakeRun { Flags = { "consent" } }));
        Assert.False(guard.Holds(new FakeRun()));
    }

    [Fact]
    public void NotHoldsWhenNoneOfItsGuardsHolds()
    {
        var guard = new NoneGuard([Separated, Consent]);

        Assert.True(guard.Holds(new FakeRun()));
        Assert.False(guard.Holds(new FakeRun { Flags = { "consent" } }));
    }

    [Fact]
    public void InStateAsksTheRun()
    {
        var guard = new InStateGuard("examination");

        Assert.True(guard.Holds(new FakeRun { States = { "examination" } }));
        Assert.False(guard.Holds(new FakeRun { States = { "triage" } }));
    }

    [Fact]
    public void AfterHoldsFromItsTimeOnAndBeforeUntilIt()
    {
        var at30 = new FakeRun { Now = SimTime.FromMinutes(30) };
        var at29 = new FakeRun { Now = SimTime.Parse("29m59s") };

        Assert.True(new AfterGuard(SimTime.FromMinutes(30)).Holds(at30));
        Assert.False(new AfterGuard(SimTime.FromMinutes(30)).Holds(at29));
        Assert.False(new BeforeGuard(SimTime.FromMinutes(30)).Holds(at30));
        Assert.True(new BeforeGuard(SimTime.FromMinutes(30)).Holds(at29));
    }

    [Fact]
    public void DoneAndRevealedAskTheRun()
    {
        var run = new FakeRun { Done = { "ask-companion-to-wait" }, Revealed = { "debt" } };

        Assert.True(new DoneGuard("ask-companion-to-wait").Holds(run));
        Assert.False(new DoneGuard("ask-about-debt").Holds(run));
        Assert.True(new RevealedGuard("debt").Holds(run));
        Assert.False(new RevealedGuard("tattoo").Holds(run));
    }

    [Fact]
    public void NestedGuardsCombine()
    {
        var guard = new AllGuard([Separated, new NoneGuard([Consent]), new AnyGuard([new AfterGuard(SimTime.FromMinutes(10)), new DoneGuard("call")])]);

        Assert.True(guard.Holds(new FakeRun { Flags = { "separated" }, Done = { "call" } }));
        Assert.False(guard.Holds(new FakeRun { Flags = { "separated", "consent" }, Done = { "call" } }));
    }

    [Fact]
    public void DescribeReadsAsShortEnglish()
    {
        var guard = new AllGuard([Separated, new NoneGuard([Consent]), new AnyGuard([new InStateGuard("alone"), new AfterGuard(SimTime.FromMinutes(30))])]);

        Assert.Equal("separated and not consent and (in alone or after 30m)", guard.Describe());
    }

    [Theory]
    [MemberData(nameof(Descriptions))]
    public void DescribeNamesEachKind(Guard guard, string description)
    {
        Assert.Equal(description, guard.Describe());
        Assert.Equal(description, guard.ToString());
    }

    public static TheoryData<Guard, string> Descriptions => new()
    {
        { Guard.Always, "always" },
        { new FlagGuard("separated"), "separated" },
        { new BeforeGuard(SimTime.Parse("1h30m")), "before 1h30m" },
        { new RevealedGuard("debt"), "debt revealed" },
        { new NoneGuard([new FlagGuard("a"), new FlagGuard("b")]), "none of (a, b)" },
        { new NoneGuard([new AnyGuard([new FlagGuard("a"), new FlagGuard("b")])]), "not (a or b)" },
        { new AnyGuard([new AllGuard([new FlagGuard("a"), new FlagGuard("b")]), new FlagGuard("c")]), "(a and b) or c" },
    };

    [Fact]
    public void FlattenListsEveryNestedGuard()
    {
        var inner = new NoneGuard([Consent]);
        var guard = new AllGuard([Separated, inner]);

        Assert.Equal(new Guard[] { guard, Separated, inner, Consent }, guard.Flatten());
    }
}
