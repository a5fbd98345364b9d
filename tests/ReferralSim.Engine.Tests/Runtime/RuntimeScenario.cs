using ReferralSim.Engine.Scenarios;
using ReferralSim.Engine.Scenarios.Diagnostics;
using ReferralSim.Engine.Scenarios.Directories;

namespace ReferralSim.Engine.Tests.Runtime;

/// <summary>A small scenario built to exercise every runtime rule, and its one-country directory.</summary>
internal static class RuntimeScenario
{
    public const string Yaml = """
        id: runtime-test
        version: 1
        title: Runtime test
        country: XX
        clock: { start: "10:00", limit: 60m }
        roles:
          - { id: nurse, name: Nurse, briefing: Triage. }
          - { id: doctor, name: Doctor, briefing: Examine. }
          - { id: police, name: Police officer, briefing: Stand by. }
        characters:
          - { id: patient, persona: { gender: female, age: [19, 21], nationality: [RO, NG, UA, AL] } }
        indicators:
          - { id: speaks-for-her, source: H-01, strength: strong, seen_by: [nurse, doctor], text: "He answers for {patient.first}." }
          - { id: bruises, source: H-05, strength: strong, seen_by: [doctor], text: "Bruises on her arms." }
          - { id: late, kind: distractor, seen_by: [nurse], text: "It is late." }
        flags: [separated, consent]
        states:
          - id: triage
            initial: true
            on_entry:
              reveal: [speaks-for-her, late]
              narrate: [ { text: "{patient.first} arrives with a man." } ]
          - id: exam
          - id: with-companion
            parent: exam
            initial: true
          - id: alone
            parent: exam
          - id: referred
            ending: { outcome: referred, text: "She is referred." }
          - id: lost
            ending: { outcome: lost, text: "She leaves with him." }
        actions:
          - { id: start-exam, label: Start the exam, by: [nurse], in: [triage], effects: { goto: exam } }
          - id: separate
            label: Ask him to wait outside
            by: [nurse, doctor]
            in: [with-companion]
            cost: 5m
            effects: { set: [separated], goto: alone }
          - id: ask-injuries
            label: Ask about the injuries
            by: [doctor]
            in: [exam]
            effects:
              reveal: [bruises]
              narrate: [ { text: "She looks at him before answering." } ]
            harm: { code: interview-in-front-of-companion, severity: critical, when: { not: [separated] } }
          - { id: document, label: Document the consent, by: [nurse], when: consent }
          - { id: ask-consent, label: Ask for consent, by: [doctor], in: [alone], when: separated, effects: { set: [consent] } }
        injects:
          - { id: leaves, at: 30m, when: { not: [separated] }, effects: { goto: lost } }
          - id: interpreter-delayed
            manual: true
            effects: { narrate: [ { text: "The interpreter is late.", to: [nurse] } ] }
        referral:
          by: [doctor]
          routes:
            - { to: [xx-ngo], when: consent, effects: { goto: referred } }
        """;

    public static CompiledScenario Compile()
    {
        var result = ScenarioCompiler.Compile(Yaml, "runtime-test.yaml", new Directories());
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Scenario!;
    }

    private sealed class Directories : IReferralDirectories
    {
        public ReferralDirectory? Find(string country)
        {
            var diagnostics = new DiagnosticBag();
            var directory = DirectoryLoader.Load("""
                country: XX
                name: Testland
                services:
                  - { id: xx-ngo, name: NGO, kind: ngo, description: Support., serves: [adults], source: test }
                  - { id: xx-child-line, name: Child line, kind: child-protection, description: Children., serves: [minors], source: test }
                """, "xx.yaml", diagnostics);
            Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
            return country == "XX" ? directory : null;
        }
    }
}
