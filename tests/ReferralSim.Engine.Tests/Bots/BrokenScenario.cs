namespace ReferralSim.Engine.Tests.Bots;

/// <summary>
/// A scenario that compiles cleanly but cannot be played well: the flag `magic` is never set, so
/// `rescue` never happens (its ending and the indicator it reveals are never reached) and the story
/// idles in `waiting` until the limit.
/// </summary>
internal static class BrokenScenario
{
    public const string Text = """
        id: broken-for-bots
        version: 1
        country: GR
        title: { en: "Broken on purpose" }
        clock: { limit: 30m }
        roles:
          - id: nurse
            name: { en: Nurse }
            briefing: { en: "You are the nurse." }
        indicators:
          - id: shown
            source: H-01
            strength: strong
            seen_by: [nurse]
            text: { en: "Shown at the start." }
          - id: hidden
            source: H-03
            strength: strong
            seen_by: [nurse]
            text: { en: "Only a rescue shows this." }
        flags: [magic]
        states:
          - id: start
            initial: true
            on_entry: { reveal: [shown] }
          - id: waiting
          - id: rescued
            ending: { outcome: referred, text: { en: "Rescued." } }
          - id: gone
            ending: { outcome: lost, text: { en: "Gone." } }
        actions:
          - id: wait-around
            label: { en: "Wait around" }
            by: [nurse]
            in: [start]
            effects: { goto: waiting }
          - id: leave
            label: { en: "Leave" }
            by: [nurse]
            in: [start]
            effects: { goto: gone }
          - id: rescue
            label: { en: "Rescue" }
            by: [nurse]
            when: magic
            effects: { reveal: [hidden], goto: rescued }
        scoring:
          expert_path:
            - { by: nurse, do: wait-around }
            - { by: nurse, do: rescue }
        """;

    /// <summary>The 1-based line on which <paramref name="fragment"/> first appears.</summary>
    public static int LineOf(string fragment) =>
        Text.Split('\n').Select((line, i) => (line, i)).First(x => x.line.Contains(fragment, StringComparison.Ordinal)).i + 1;
}
