using System.Globalization;
using System.Text;
using ReferralSim.Engine.Scenarios.Taxonomy;

namespace ReferralSim.Benchmarks.Support;

/// <summary>
/// Writes a valid synthetic scenario of exactly <c>states</c> states, deterministically (no
/// randomness: the same size gives the same text), so that every validation rule has work in
/// proportion to its size:
/// <list type="bullet">
/// <item>States come in sections of up to ten: a parent and its substates (the first one initial),
/// chained by one action per substate whose <c>goto</c> leads to the next substate, and from the last
/// to the next section; the last section leads to the ending <c>done</c>. A timed inject leads to
/// the ending <c>lost</c> from anywhere.</item>
/// <item>Every action has roles, an <c>in</c> list, effects (flags, reveals), most have a guard
/// (flags, <c>not</c>, <c>done</c>, <c>in_state</c>, <c>revealed</c>, <c>after</c>), some narrate,
/// some are harms; each section also has an action offered in the whole section.</item>
/// <item>About one indicator per five states (every seventh a distractor, the others citing the
/// taxonomy with its strength), one flag per five states, one condition inject per section, a timed
/// and a manual inject per ten sections, referral routes and a scoring section.</item>
/// <item>Every text is in en, el and it and names the character, so the text rules check placeholders.</item>
/// </list>
/// </summary>
internal static class ScenarioGenerator
{
    private const int SectionSize = 10;
    private static readonly string[] Roles = ["r0", "r1", "r2"];

    public static string Generate(int states)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(states, 4);
        var layout = Layout(states);
        var flags = Math.Max(4, states / 5);
        var indicators = Math.Max(4, states / 5);
        var sections = layout.Count;
        var y = new StringBuilder(states * 400);

        y.Append(CultureInfo.InvariantCulture, $"id: generated-{states}\nversion: 1\ncountry: GR\nlanguages: [en, el, it]\n");
        y.Append(CultureInfo.InvariantCulture, $"title: {Text($"A generated scenario of {states} states")}\n");
        y.Append("summary: ").Append(Text("A chain of sections for benchmarking validation.")).Append('\n');
        y.Append("clock: { start: \"08:00\", speed: 1, limit: 120m }\n");

        y.Append("roles:\n");
        foreach (var role in Roles)
        {
            y.Append(CultureInfo.InvariantCulture, $"  - {{ id: {role}, name: {Text($"Role {role}")}, briefing: {Text($"You are {role}.")} }}\n");
        }

        y.Append("characters:\n  - { id: patient, persona: { gender: female, age: [18, 40], nationality: [GR, RO, NG] } }\n");

        y.Append("indicators:\n");
        var taxonomy = IndicatorTaxonomy.Entries.Where(e => e.Dimension != IndicatorDimension.Minor).ToList();
        for (var i = 0; i < indicators; i++)
        {
            var seenBy = $"[{Roles[i % 3]}, {Roles[(i + 1) % 3]}]";
            if (i % 7 == 6)
            {
                y.Append(CultureInfo.InvariantCulture,
                    $"  - {{ id: i{i}, kind: distractor, seen_by: {seenBy}, text: {Text($"{{patient.first}} notices detail {i}.")} }}\n");
            }
            else
            {
                var entry = taxonomy[i % taxonomy.Count];
                y.Append(CultureInfo.InvariantCulture,
                    $"  - {{ id: i{i}, source: {entry.Id}, strength: {entry.Strength.ToString().ToLowerInvariant()}, seen_by: {seenBy}, text: {Text($"{{patient.first}} shows sign {i}.")} }}\n");
            }
        }

        y.Append("flags: [");
        y.AppendJoin(", ", Enumerable.Range(0, flags).Select(f => $"f{f}"));
        y.Append("]\n");

        y.Append("states:\n");
        for (var k = 0; k < sections; k++)
        {
            var initial = k == 0 ? ", initial: true" : "";
            var reveal = $"i{k % indicators}";
            if (layout[k] == 1)
            {
                y.Append(CultureInfo.InvariantCulture, $"  - {{ id: g{k}{initial}, on_entry: {{ reveal: [{reveal}] }} }}\n");
                continue;
            }

            y.Append(CultureInfo.InvariantCulture,
                $"  - {{ id: g{k}{initial}, on_entry: {{ reveal: [{reveal}], narrate: [ {{ text: {Text($"Section {k} begins with {{patient.first}}.")}, to: [r0] }} ] }} }}\n");
            for (var j = 0; j < layout[k] - 1; j++)
            {
                y.Append(CultureInfo.InvariantCulture, $"  - {{ id: g{k}-s{j}, parent: g{k}{(j == 0 ? ", initial: true" : "")} }}\n");
            }
        }

        y.Append("  - { id: done, ending: { outcome: referred, text: ").Append(Text("{patient.first} is safe.")).Append(" } }\n");
        y.Append("  - { id: lost, ending: { outcome: lost, text: ").Append(Text("{patient.first} is gone.")).Append(" } }\n");

        y.Append("actions:\n");
        var actionNumber = 0;
        for (var k = 0; k < sections; k++)
        {
            var next = k + 1 < sections ? $"g{k + 1}" : "done";
            var leaves = layout[k] == 1 ? [$"g{k}"] : Enumerable.Range(0, layout[k] - 1).Select(j => $"g{k}-s{j}").ToList();
            for (var j = 0; j < leaves.Count; j++)
            {
                var n = actionNumber++;
                var id = $"a{k}-{j}";
                var target = j + 1 < leaves.Count ? leaves[j + 1] : next;
                var guard = (n % 6) switch
                {
                    0 => "",
                    1 => $", when: {{ not: [f{(n + 1) % flags}] }}",
                    2 => $", when: [f{n % flags}, {{ in_state: g{k} }}]",
                    3 => j > 0 ? $", when: {{ done: a{k}-{j - 1} }}" : $", when: {{ after: 0m }}",
                    4 => $", when: {{ any: [{{ revealed: i{n % indicators} }}, f{(n + 2) % flags}] }}",
                    _ => $", when: {{ all: [{{ after: 1m }}, {{ before: 119m }}] }}",
                };
                var narrate = n % 4 == 0 ? $", narrate: [ {{ text: {Text($"{{patient.first}} reacts to step {n}.")} }} ]" : "";
                var harm = n % 25 == 7 ? $", harm: {{ code: h{n % 3}, severity: minor, when: {{ not: [f{n % flags}] }} }}" : "";
                y.Append(CultureInfo.InvariantCulture,
                    $"  - {{ id: {id}, label: {Text($"Step {n}")}, by: [{Roles[n % 3]}, {Roles[(n + 1) % 3]}], in: [{leaves[j]}]{guard}, cost: {1 + (n % 5)}m{harm}, effects: {{ set: [f{n % flags}], reveal: [i{(n * 7) % indicators}]{narrate}, goto: {target} }} }}\n");
            }

            // One action offered in the whole section (in its parent), changing flags but not the story.
            y.Append(CultureInfo.InvariantCulture,
                $"  - {{ id: w{k}, label: {Text($"Wait in section {k}")}, by: [{Roles[k % 3]}], in: [g{k}], repeatable: true, effects: {{ clear: [f{k % flags}], set: [f{(k + 3) % flags}] }} }}\n");
        }

        y.Append("injects:\n");
        for (var k = 0; k < sections; k++)
        {
            y.Append(CultureInfo.InvariantCulture,
                $"  - {{ id: c{k}, when: [f{k % flags}, {{ in_state: g{k} }}, {{ not: [f{(k + 1) % flags}] }}], effects: {{ reveal: [i{(k * 3) % indicators}], set: [f{(k + 1) % flags}] }} }}\n");
            if (k % 10 == 0)
            {
                y.Append(CultureInfo.InvariantCulture,
                    $"  - {{ id: t{k}, at: {1 + (k / 10 % 100)}m, when: {{ not: [f{k % flags}] }}, effects: {{ narrate: [ {{ text: {Text($"Time passes for {{patient.first}} ({k}).")} }} ] }} }}\n");
                y.Append(CultureInfo.InvariantCulture,
                    $"  - {{ id: m{k}, manual: true, title: {Text($"Manual {k}")}, effects: {{ set: [f{(k + 2) % flags}] }} }}\n");
            }
        }

        y.Append("  - { id: timeout, at: 110m, when: { not: [f0] }, effects: { goto: lost } }\n");

        y.Append("referral:\n  by: [r0, r1]\n  routes:\n");
        y.Append(CultureInfo.InvariantCulture, $"    - {{ to: [gr-ekka-nrm, gr-a21-1109], when: f{flags - 1}, effects: {{ goto: done }} }}\n");
        y.Append("    - { to: [gr-ekka-nrm, gr-a21-1109], effects: { narrate: [ { text: ").Append(Text("Ask {patient.first} first.")).Append(" } ] } }\n");

        y.Append("scoring:\n");
        y.Append(CultureInfo.InvariantCulture, $"  referral: {{ to: [gr-ekka-nrm, gr-a21-1109], deadline: 60m, consent_flag: f{flags - 1} }}\n");
        y.Append("  critical_actions:\n");
        for (var c = 0; c < Math.Min(sections, 20); c++)
        {
            y.Append(CultureInfo.InvariantCulture,
                $"    - {{ id: critical-{c}, label: {Text($"Critical {c}")}, done_by: [a{c}-0], deadline: 30m, from: reasonable-grounds }}\n");
        }

        y.Append("    - { id: flagged, label: ").Append(Text("A flag")).Append(" , flag: f1 }\n");
        y.Append("  harms:\n");
        for (var h = 0; h < 3; h++)
        {
            y.Append(CultureInfo.InvariantCulture, $"    - {{ code: h{h}, label: {Text($"Harm {h}")} }}\n");
        }

        y.Append("  expert_path:\n");
        var firstLeaves = layout[0] == 1 ? 1 : layout[0] - 1;
        for (var j = 0; j < firstLeaves; j++)
        {
            var n = j;
            y.Append(CultureInfo.InvariantCulture, $"    - {{ by: {Roles[n % 3]}, do: a0-{j} }}\n");
        }

        y.Append("    - { by: r0, refer: gr-ekka-nrm }\n");
        y.Append("  debrief_prompts:\n    - { phase: analysis, text: ").Append(Text("When did {patient.first} need help?")).Append(" }\n");
        return y.ToString();
    }

    /// <summary>Section sizes: states minus the two endings, in sections of ten (the last may be smaller).</summary>
    private static List<int> Layout(int states)
    {
        var sizes = new List<int>();
        for (var remaining = states - 2; remaining > 0; remaining -= SectionSize)
        {
            sizes.Add(Math.Min(SectionSize, remaining));
        }

        return sizes;
    }

    private static string Text(string en) => $"{{ en: \"{en}\", el: \"{en} (ελ)\", it: \"{en} (it)\" }}";
}
