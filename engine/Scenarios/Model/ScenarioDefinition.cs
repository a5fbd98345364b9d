using System.ComponentModel;

namespace ReferralSim.Engine.Scenarios.Model;

/// <summary>A scenario as its author wrote it: the root of a scenario YAML file.</summary>
[Description("A ReferralSim scenario: a multi-agency referral exercise.")]
public sealed record ScenarioDefinition
{
    [Description("The scenario's id, e.g. gr-ed-lover-boy.")]
    public required string Id { get; init; }

    [Description("A whole number; raise it whenever the scenario changes.")]
    public required int Version { get; init; }

    [Description("The title shown in the library.")]
    public required LocalizedText Title { get; init; }

    [Description("A few sentences for the library and the facilitator.")]
    public LocalizedText? Summary { get; init; }

    [Description("The country whose referral directory applies: GR reads directories/gr.yaml.")]
    public required string Country { get; init; }

    [Description("The languages the scenario's texts are written in; the first is the default.")]
    public IReadOnlyList<string> Languages { get; init; } = ["en"];

    [Description("Content notes sent to participants in advance.")]
    public IReadOnlyList<LocalizedText> ContentNotes { get; init; } = [];

    [Description("The simulated clock.")]
    public required ClockSettings Clock { get; init; }

    [Description("The professional roles participants play.")]
    public required IReadOnlyList<RoleDefinition> Roles { get; init; }

    [Description("The people in the story; each run invents them anew from its seed.")]
    public IReadOnlyList<CharacterDefinition> Characters { get; init; } = [];

    [Description("What can be noticed: trafficking indicators, and distractors that are not.")]
    public required IReadOnlyList<IndicatorDefinition> Indicators { get; init; }

    [Description("Facts about the situation that actions change and guards test.")]
    public IReadOnlyList<string> Flags { get; init; } = [];

    [Description("Where the story can be; a flat list, substates name their parent.")]
    public required IReadOnlyList<StateDefinition> States { get; init; }

    [Description("What participants can do.")]
    public required IReadOnlyList<ActionDefinition> Actions { get; init; }

    [Description("Events the clock, a condition or the facilitator throws in.")]
    public IReadOnlyList<InjectDefinition> Injects { get; init; } = [];

    [Description("Who may refer, and what a referral does to the story.")]
    public ReferralDefinition? Referral { get; init; }

    [Description("How the debrief scores the team.")]
    public ScoringDefinition? Scoring { get; init; }

    public string DefaultLanguage => Languages.Count > 0 ? Languages[0] : "en";
}
