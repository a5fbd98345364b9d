using ReferralSim.Engine.Scenarios.Diagnostics;

namespace ReferralSim.Engine.Tests.Scenarios;

/// <summary>The story's shape: starts, cycles, endings, reachability, ways out.</summary>
public sealed class StateGraphTests
{
    [Fact]
    public void SecondInitialStateAtTheTopLevelIsReportedAtItsInitial()
    {
        var text = ScenarioText.MinimalWith("  - id: examination\n", "  - id: examination\n    initial: true # second\n");

        var result = Compile.Text(text);

        var diagnostic = result.AssertOnlyReportedAt(DiagnosticCodes.SeveralInitialStates, text, "true # second");
        Assert.Contains("(the first is 'triage')", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SecondInitialSubstateIsReportedAtItsInitial()
    {
        var text = ScenarioText.MinimalWith("    parent: examination\n  - id: referred", "    parent: examination\n    initial: true # second\n  - id: referred");

        var result = Compile.Text(text);

        result.AssertOnlyReportedAt(DiagnosticCodes.SeveralInitialStates, text, "true # second");
    }

    [Fact]
    public void NoInitialStateAtTheTopLevelIsReportedAtTheStatesList()
    {
        var text = ScenarioText.MinimalWith("  - id: triage\n    initial: true\n", "  - id: triage\n");

        var result = Compile.Text(text);

        result.AssertOnlyReportedAt(DiagnosticCodes.NoInitialState, text, "- id: triage");
    }

    [Fact]
    public void ParentWithoutAnInitialSubstateIsReportedAtTheParent()
    {
        var text = ScenarioText.MinimalWith("    parent: examination\n    initial: true\n", "    parent: examination\n");

        var result = Compile.Text(text);

        var diagnostic = result.AssertOnlyReportedAt(DiagnosticCodes.NoInitialState, text, "id: examination");
        Assert.Contains("with-companion, alone", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SubstateCycleIsReportedOnceAtTheFirstParent()
    {
        var text = ScenarioText.MinimalWith("  - id: referred\n",
            "  - id: a\n    parent: b # closes the circle\n  - id: b\n    parent: a\n  - id: referred\n");

        var result = Compile.Text(text);

        var diagnostic = result.AssertOnlyReportedAt(DiagnosticCodes.SubstateCycle, text, "b # closes the circle");
        Assert.Contains("a → b → a", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StateThatIsItsOwnParentIsACycle()
    {
        var text = ScenarioText.MinimalWith("  - id: referred\n", "  - id: loop\n    parent: loop # itself\n  - id: referred\n");

        var result = Compile.Text(text);

        result.AssertOnlyReportedAt(DiagnosticCodes.SubstateCycle, text, "loop # itself");
    }

    [Fact]
    public void StateThatNothingLeadsToIsUnreachableAtItsId()
    {
        var text = ScenarioText.MinimalWith("  - id: referred\n", "  - id: waiting-room\n  - id: referred\n");

        var result = Compile.Text(text);

        result.AssertOnlyReportedAt(DiagnosticCodes.UnreachableState, text, "waiting-room");
    }

    [Fact]
    public void SubstateThatIsNotInitialAndNotAGotoTargetIsUnreachable()
    {
        var text = ScenarioText.MinimalWith("      goto: alone\n", "      goto: examination\n");

        var result = Compile.Text(text);

        result.AssertOnlyReportedAt(DiagnosticCodes.UnreachableState, text, "alone", within: "- id: alone");
    }

    [Fact]
    public void NonEndingStateWithNoWayOutIsADeadEndAtItsId()
    {
        // Without the inject's and the route's goto (which leave any state), nothing leads out of 'alone'.
        var text = ScenarioText.Replace(ScenarioText.Replace(ScenarioText.MinimalWith(
            "    effects: { goto: lost }\n", "    effects: { set: [separated] }\n"),
            "      effects: { goto: referred }\n", ""),
            "actions:\n", """
            actions:
              - id: leave
                label: { en: "He takes her away", el: "Την παίρνει μαζί του" }
                by: [nurse]
                in: [triage, with-companion]
                effects: { goto: lost }
              - id: refer-at-once
                label: { en: "Refer at once", el: "Παραπομπή αμέσως" }
                by: [doctor]
                in: [triage]
                effects: { goto: referred }

            """);

        var result = Compile.Text(text);

        var diagnostic = result.AssertOnlyReportedAt(DiagnosticCodes.DeadEnd, text, "alone", within: "- id: alone");
        Assert.Contains("nothing leads out of it", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GotoInOnEntryIsReportedAtTheGoto()
    {
        var text = ScenarioText.MinimalWith("      reveal: [companion-speaks-for-her, late-at-night]\n",
            "      reveal: [companion-speaks-for-her, late-at-night]\n      goto: examination # on entry\n");

        var result = Compile.Text(text);

        result.AssertOnlyReportedAt(DiagnosticCodes.GotoOnEntry, text, "examination # on entry");
    }

    [Fact]
    public void EndingWithSubstatesIsReportedAtTheEnding()
    {
        var text = ScenarioText.MinimalWith("actions:\n", "  - id: lost-outside\n    parent: lost\n    initial: true\nactions:\n");

        var result = Compile.Text(text);

        result.AssertOnlyReportedAt(DiagnosticCodes.EndingWithChildren, text, "{ outcome: lost");
    }

    [Fact]
    public void ActionOfferedOnlyInEndingsIsAWarningAtItsIn()
    {
        var text = ScenarioText.MinimalWith("    in: [triage]\n", "    in: [referred, lost]\n");

        var result = Compile.Text(text);

        // The action led to 'examination', so now nothing does.
        var diagnostic = result.AssertReportedAt(DiagnosticCodes.ActionInEnding, text, "[referred, lost]");
        Assert.Contains("offered only in endings", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyStatesListHasNoInitialStateAtTheList()
    {
        var text = ScenarioText.Minimal[..ScenarioText.Minimal.IndexOf("states:\n", StringComparison.Ordinal)] + "states: []\nactions: []\n";

        var result = Compile.Text(text);

        result.AssertReportedAt(DiagnosticCodes.NoInitialState, text, "[]", within: "states: []");
    }
}
