namespace ReferralSim.Engine.Scenarios.Diagnostics;

/// <summary>
/// Every diagnostic an author can meet. Codes are stable: once published, a code keeps its meaning.
/// facilitator-guide/authoring/diagnostics.md explains each one with an example; a test keeps the
/// two in step.
/// </summary>
public static class DiagnosticCodes
{
    private const DiagnosticSeverity Error = DiagnosticSeverity.Error;
    private const DiagnosticSeverity Warning = DiagnosticSeverity.Warning;

    // RS00xx: the file and its YAML.
    public static readonly DiagnosticDescriptor YamlSyntax = new("RS0001", Error, "The file is not valid YAML.");
    public static readonly DiagnosticDescriptor DuplicateKey = new("RS0002", Error, "A key appears twice in the same mapping.");
    public static readonly DiagnosticDescriptor UnknownKey = new("RS0003", Error, "A key that this place in the file does not have.");
    public static readonly DiagnosticDescriptor WrongType = new("RS0004", Error, "A value of the wrong kind (text, number, list or mapping).");
    public static readonly DiagnosticDescriptor MissingField = new("RS0005", Error, "A required field is missing.");
    public static readonly DiagnosticDescriptor FileTooLarge = new("RS0006", Error, "The file is larger than 1 MiB.");
    public static readonly DiagnosticDescriptor TooDeep = new("RS0007", Error, "The document is nested too deeply.");
    public static readonly DiagnosticDescriptor AliasExpansion = new("RS0008", Error, "Aliases expand the document beyond what a scenario can need.");
    public static readonly DiagnosticDescriptor DocumentCount = new("RS0009", Error, "The file must hold exactly one YAML document.");
    public static readonly DiagnosticDescriptor InvalidValue = new("RS0010", Error, "A value outside what the field accepts (a duration, a time, one of a list).");

    // RS01xx: ids and references.
    public static readonly DiagnosticDescriptor DuplicateId = new("RS0101", Error, "Two things of the same kind share an id.");
    public static readonly DiagnosticDescriptor UnknownRole = new("RS0102", Error, "A role id that the scenario does not declare.");
    public static readonly DiagnosticDescriptor UnknownState = new("RS0103", Error, "A state id that the scenario does not declare.");
    public static readonly DiagnosticDescriptor UnknownAction = new("RS0104", Error, "An action id that the scenario does not declare.");
    public static readonly DiagnosticDescriptor UnknownIndicator = new("RS0105", Error, "An indicator id that the scenario does not declare.");
    public static readonly DiagnosticDescriptor UnknownFlag = new("RS0106", Error, "A flag that is not listed under `flags`.");
    public static readonly DiagnosticDescriptor UnknownInject = new("RS0107", Error, "A play script fires an inject that the scenario does not declare.");
    public static readonly DiagnosticDescriptor UnknownReferralTarget = new("RS0108", Error, "A referral target that is not a service in the country's directory.");
    public static readonly DiagnosticDescriptor UnknownPlaceholder = new("RS0109", Error, "A placeholder such as {patient.first} that names no character or field.");
    public static readonly DiagnosticDescriptor UnknownDirectory = new("RS0110", Error, "No referral directory for the scenario's country.");
    public static readonly DiagnosticDescriptor UnknownTaxonomyId = new("RS0111", Error, "An indicator `source` that is not in the indicator taxonomy.");
    public static readonly DiagnosticDescriptor StrengthDiffers = new("RS0112", Warning, "An indicator's strength differs from the taxonomy's.");
    public static readonly DiagnosticDescriptor UnsupportedNationality = new("RS0113", Error, "A persona nationality for which no names can be drawn.");
    public static readonly DiagnosticDescriptor RoleMayNotAct = new("RS0114", Error, "A step names a role that may not take that action or make referrals.");
    public static readonly DiagnosticDescriptor IndicatorIncomplete = new("RS0115", Error, "A true indicator without a source, a strength or a role that sees it.");

    // RS02xx: the shape of the story.
    public static readonly DiagnosticDescriptor NoInitialState = new("RS0201", Error, "No initial state where one is needed.");
    public static readonly DiagnosticDescriptor SeveralInitialStates = new("RS0202", Error, "More than one initial state at the same level.");
    public static readonly DiagnosticDescriptor SubstateCycle = new("RS0203", Error, "States whose parents form a cycle.");
    public static readonly DiagnosticDescriptor UnreachableState = new("RS0204", Error, "A state that no path from the start reaches.");
    public static readonly DiagnosticDescriptor DeadEnd = new("RS0205", Error, "A state that is not an ending and has no way out.");
    public static readonly DiagnosticDescriptor EndingWithChildren = new("RS0206", Error, "An ending that has substates.");
    public static readonly DiagnosticDescriptor GotoOnEntry = new("RS0207", Error, "`goto` inside a state's `on_entry`.");
    public static readonly DiagnosticDescriptor ActionInEnding = new("RS0208", Warning, "An action offered only in endings, where nothing can be done.");

    // RS03xx: guards, injects, time.
    public static readonly DiagnosticDescriptor InjectNeverFires = new("RS0301", Error, "An inject with neither `at`, `when` nor `manual`.");
    public static readonly DiagnosticDescriptor InvalidGuard = new("RS0302", Error, "A guard that is empty or mixes keywords.");
    public static readonly DiagnosticDescriptor InjectAfterLimit = new("RS0303", Warning, "An inject timed after the clock's limit never fires.");

    // RS04xx: languages.
    public static readonly DiagnosticDescriptor MissingTranslation = new("RS0401", Warning, "A text lacks one of the scenario's languages.");
    public static readonly DiagnosticDescriptor MissingDefaultLanguage = new("RS0402", Error, "A text lacks the scenario's first language, which fills every gap.");
    public static readonly DiagnosticDescriptor UnknownLanguage = new("RS0403", Error, "A language code that is not a two-letter ISO 639-1 code.");

    // RS05xx: directories.
    public static readonly DiagnosticDescriptor InvalidPhone = new("RS0501", Error, "A phone number that is not digits with an optional leading + and spaces.");

    // RS06xx: what the bot explorer finds by playing.
    public static readonly DiagnosticDescriptor EndingNeverReached = new("RS0601", Error, "An ending that no playthrough reached.");
    public static readonly DiagnosticDescriptor IndicatorNeverRevealed = new("RS0602", Error, "An indicator that no playthrough revealed.");
    public static readonly DiagnosticDescriptor PlaythroughStuck = new("RS0603", Error, "A playthrough got stuck: no role could act and nothing was left to happen.");
    public static readonly DiagnosticDescriptor ExpertPathFails = new("RS0604", Error, "The expert path cannot be played as written.");

    // RS07xx: scoring.
    public static readonly DiagnosticDescriptor ScoringDeadlineNotPositive = new("RS0701", Error, "A scoring deadline that is zero.");
    public static readonly DiagnosticDescriptor ScoringWeightNegative = new("RS0702", Error, "A scoring weight or penalty that is negative.");
    public static readonly DiagnosticDescriptor ScoringWeightsZero = new("RS0703", Error, "The identification, process and timeliness weights add up to zero.");
    public static readonly DiagnosticDescriptor ScoringWeightsNot100 = new("RS0704", Warning, "The identification, process and timeliness weights do not add up to 100.");
    public static readonly DiagnosticDescriptor UnknownHarmCode = new("RS0705", Error, "A scoring harm code that no action's harm declares.");
    public static readonly DiagnosticDescriptor UnknownDeadlineAnchor = new("RS0706", Error, "A scoring `from` that is not start, reasonable-grounds or an action id.");
    public static readonly DiagnosticDescriptor AnchorWithoutDeadline = new("RS0707", Warning, "A critical action with `from` but no deadline: `from` has no effect.");

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        YamlSyntax, DuplicateKey, UnknownKey, WrongType, MissingField, FileTooLarge, TooDeep, AliasExpansion,
        DocumentCount, InvalidValue,
        DuplicateId, UnknownRole, UnknownState, UnknownAction, UnknownIndicator, UnknownFlag, UnknownInject,
        UnknownReferralTarget, UnknownPlaceholder, UnknownDirectory, UnknownTaxonomyId, StrengthDiffers,
        UnsupportedNationality, RoleMayNotAct, IndicatorIncomplete,
        NoInitialState, SeveralInitialStates, SubstateCycle, UnreachableState, DeadEnd, EndingWithChildren,
        GotoOnEntry, ActionInEnding,
        InjectNeverFires, InvalidGuard, InjectAfterLimit,
        MissingTranslation, MissingDefaultLanguage, UnknownLanguage,
        InvalidPhone,
        EndingNeverReached, IndicatorNeverRevealed, PlaythroughStuck, ExpertPathFails,
        ScoringDeadlineNotPositive, ScoringWeightNegative, ScoringWeightsZero, ScoringWeightsNot100, UnknownHarmCode,
        UnknownDeadlineAnchor, AnchorWithoutDeadline,
    ];
}
