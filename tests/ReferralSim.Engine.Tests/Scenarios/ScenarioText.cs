namespace ReferralSim.Engine.Tests.Scenarios;

/// <summary>Scenario files for the tests: one small valid scenario, and a way to break it in one place.</summary>
internal static class ScenarioText
{
    /// <summary>
    /// A small scenario that uses every part of the format and compiles with no diagnostics at all:
    /// two roles, two characters, indicators with a distractor, flags, a parent state with two
    /// substates, two endings, guarded actions, an inject, a referral route and an expert path.
    /// </summary>
    public const string Minimal = """
        # yaml-language-server: $schema=schema/scenario.schema.json
        id: test-ed-minimal
        version: 1
        title:
          en: "Emergency department: a young woman and her boyfriend"
          el: "Τμήμα επειγόντων: μια νεαρή γυναίκα και ο φίλος της"
        summary: { en: "A short test scenario.", el: "Ένα σύντομο σενάριο δοκιμής." }
        country: GR
        languages: [en, el]
        content_notes:
          - { en: "Sexual exploitation is discussed.", el: "Συζητείται σεξουαλική εκμετάλλευση." }
        clock:
          start: "22:40"
          speed: 1
          limit: 120m
        roles:
          - id: nurse
            name: { en: Triage nurse, el: Νοσηλεύτρια διαλογής }
            briefing: { en: "Night shift in a public hospital.", el: "Νυχτερινή βάρδια σε δημόσιο νοσοκομείο." }
          - id: doctor
            name: { en: Doctor on call, el: Εφημερεύων γιατρός }
            briefing: { en: "You are called to the examination room.", el: "Σας καλούν στην αίθουσα εξέτασης." }
        characters:
          - id: patient
            persona: { gender: female, age: [18, 22], nationality: [NG, RO] }
          - id: companion
            persona: { gender: male, age: [24, 35], nationality: [GR] }
        indicators:
          - id: companion-speaks-for-her
            source: H-01
            strength: strong
            seen_by: [nurse, doctor]
            text: { en: "{companion.first} answers every question put to {patient.first}.", el: "Ο {companion.first} απαντά σε κάθε ερώτηση." }
          - id: debt-to-companion
            source: H-04
            strength: strong
            seen_by: [doctor]
            text: { en: "She says she owes him for the journey.", el: "Λέει ότι του χρωστάει το ταξίδι." }
          - id: late-at-night
            kind: distractor
            seen_by: [nurse]
            text: { en: "It is nearly midnight.", el: "Είναι σχεδόν μεσάνυχτα." }
        flags: [separated, consent_to_referral]
        states:
          - id: triage
            initial: true
            on_entry:
              reveal: [companion-speaks-for-her, late-at-night]
              narrate:
                - text: { en: "{patient.first}, {patient.age}, arrives with {companion.first}.", el: "Η {patient.first} φτάνει με τον {companion.first}." }
          - id: examination
          - id: with-companion
            parent: examination
            initial: true
          - id: alone
            parent: examination
          - id: referred
            ending: { outcome: referred, text: { en: "She accepts support.", el: "Δέχεται υποστήριξη." } }
          - id: lost
            ending: { outcome: lost, text: { en: "She leaves with him.", el: "Φεύγει μαζί του." } }
        actions:
          - id: send-to-examination
            label: { en: "Send her to the examination room", el: "Στείλτε τη στην αίθουσα εξέτασης" }
            by: [nurse]
            in: [triage]
            cost: 2m
            effects: { goto: examination }
          - id: ask-companion-to-wait
            label: { en: "Ask the companion to wait outside", el: "Ζητήστε από τον συνοδό να περιμένει έξω" }
            by: [nurse, doctor]
            in: [with-companion]
            when: { not: [separated] }
            effects:
              set: [separated]
              goto: alone
          - id: question-in-front-of-him
            label: { en: "Ask about the injuries in front of him", el: "Ρωτήστε για τα τραύματα μπροστά του" }
            by: [doctor]
            in: [examination]
            harm:
              code: interview-in-front-of-companion
              severity: critical
              when: { not: [separated] }
            effects:
              narrate:
                - { text: { en: "He answers for her.", el: "Απαντά εκείνος." }, to: [doctor] }
          - id: ask-about-debt
            label: { en: "Ask her gently about money", el: "Ρωτήστε την ήπια για χρήματα" }
            by: [doctor]
            in: [alone]
            when: { all: [separated, { not: consent_to_referral }] }
            repeatable: false
            effects: { reveal: [debt-to-companion], set: [consent_to_referral] }
        injects:
          - id: companion-insists-on-leaving
            title: { en: "The companion insists on leaving", el: "Ο συνοδός επιμένει να φύγουν" }
            at: 35m
            when: { not: [separated] }
            effects: { goto: lost }
        referral:
          by: [doctor]
          routes:
            - to: [gr-ekka-nrm]
              when: consent_to_referral
              effects: { goto: referred }
        scoring:
          referral: { to: [gr-ekka-nrm], deadline: 60m }
          expert_path:
            - { by: nurse, do: send-to-examination }
            - { by: nurse, do: ask-companion-to-wait }
            - { by: doctor, do: ask-about-debt }
            - { by: doctor, refer: gr-ekka-nrm }
          debrief_prompts:
            - { phase: analysis, text: { en: "When did the team first suspect trafficking?", el: "Πότε υποψιάστηκε η ομάδα για πρώτη φορά;" } }
        """;

    /// <summary>The minimal scenario with <paramref name="original"/> (which must occur exactly once) replaced.</summary>
    public static string MinimalWith(string original, string replacement) => Replace(Minimal, original, replacement);

    /// <summary>Replaces the single occurrence of <paramref name="original"/>; fails loudly if it is absent or ambiguous.</summary>
    public static string Replace(string text, string original, string replacement)
    {
        var first = text.IndexOf(original, StringComparison.Ordinal);
        if (first < 0 || text.IndexOf(original, first + 1, StringComparison.Ordinal) >= 0)
        {
            throw new ArgumentException($"'{original}' must occur exactly once in the scenario text", nameof(original));
        }

        return string.Concat(text.AsSpan(0, first), replacement, text.AsSpan(first + original.Length));
    }
}
