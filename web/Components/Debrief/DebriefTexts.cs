namespace ReferralSim.Web.Components.Debrief;

/// <summary>
/// Every UI string of the debrief report in one place, by language (the Web UI will move them to
/// resx). Unknown languages and missing keys fall back to English.
/// </summary>
public sealed class DebriefTexts
{
    private static readonly Dictionary<string, Dictionary<string, string>> ByLanguage = new(StringComparer.Ordinal)
    {
        ["en"] = new(StringComparer.Ordinal)
        {
            ["report"] = "Debrief",
            ["outcome"] = "Outcome",
            ["in-progress"] = "not ended",
            ["referred"] = "Referred with consent",
            ["declined"] = "Declined after an informed offer (a correct outcome)",
            ["lost"] = "Left with no safety net",
            ["time-up"] = "Time ran out",
            ["ended-by-facilitator"] = "Ended by the facilitator",
            ["critical-fail"] = "Critical fail: a critical harm happened. Whatever else went well, this must be discussed first.",
            ["score"] = "Score",
            ["identification"] = "Identification",
            ["process"] = "Process",
            ["timeliness"] = "Timeliness",
            ["harm-penalty"] = "Harm penalties",
            ["points-before-gate"] = "Points before the gate",
            ["timeline"] = "Timeline (simulated minutes)",
            ["timeline-summary"] = "Reasonable grounds, notes, actions, messages, referrals and harms by role over simulated time.",
            ["grounds"] = "Reasonable grounds",
            ["grounds-none"] = "The team never had reasonable grounds.",
            ["grounds-at"] = "Reasonable grounds at {0} min ({1}): {2}.",
            ["referral"] = "Referral",
            ["first-correct-referral"] = "First correct referral",
            ["delay"] = "Delay after reasonable grounds",
            ["deadline"] = "Deadline",
            ["none"] = "none",
            ["minutes"] = "{0} min",
            ["referral-missing"] = "No correct referral was made after reasonable grounds.",
            ["hand-offs"] = "Who told whom, who acted",
            ["time"] = "Time",
            ["kind"] = "Kind",
            ["from"] = "From",
            ["to"] = "To",
            ["after-grounds"] = "After grounds",
            ["wrong-referrals"] = "Referrals that were not correct",
            ["service"] = "Service",
            ["reason"] = "Reason",
            ["role"] = "Role",
            ["who-knew"] = "Who knew what, when",
            ["first-saw"] = "First saw an indicator",
            ["first-noted"] = "First noted",
            ["noted-of-seen"] = "Noted / seen",
            ["false-alarms"] = "False alarms",
            ["indicators"] = "Indicators",
            ["indicator"] = "Indicator",
            ["dimension"] = "Dimension",
            ["strength"] = "Strength",
            ["status"] = "Status",
            ["revealed"] = "Available",
            ["noted-by"] = "Noted by",
            ["missed-strong"] = "Strong indicators missed",
            ["never-asked"] = "Never asked (not shown because nobody took the action that reveals them; not counted as missed)",
            ["dimensions"] = "ILO dimensions",
            ["positive-available"] = "Positive on what was available",
            ["positive-noted"] = "Positive on what was noted",
            ["yes"] = "yes",
            ["no"] = "no",
            ["critical-actions"] = "Critical actions and legal duties",
            ["action"] = "Action",
            ["done-at"] = "Done at",
            ["done-by"] = "Done by",
            ["due-at"] = "Due by",
            ["harms"] = "Harms",
            ["no-harms"] = "No re-victimising harm was recorded.",
            ["severity"] = "Severity",
            ["penalty"] = "Penalty",
            ["expert-path"] = "The expert path beside the team",
            ["step"] = "Step",
            ["expert-role"] = "Expert role",
            ["team"] = "Team",
            ["discussion"] = "Discussion (PEARLS)",
            ["compare"] = "Comparison",
            ["run"] = "Run",
            ["roles"] = "Roles (share of seen indicator weight noted)",
        },
        ["el"] = new(StringComparer.Ordinal)
        {
            ["report"] = "Απολογισμός",
            ["outcome"] = "Έκβαση",
            ["critical-fail"] = "Κρίσιμη αποτυχία: συνέβη κρίσιμη βλάβη. Ό,τι άλλο κι αν πήγε καλά, αυτό συζητείται πρώτο.",
            ["score"] = "Βαθμολογία",
            ["identification"] = "Αναγνώριση",
            ["process"] = "Διαδικασία",
            ["timeliness"] = "Έγκαιρη δράση",
            ["timeline"] = "Χρονολόγιο (προσομοιωμένα λεπτά)",
            ["grounds"] = "Βάσιμες ενδείξεις",
            ["referral"] = "Παραπομπή",
            ["indicators"] = "Ενδείξεις",
            ["harms"] = "Βλάβες",
            ["discussion"] = "Συζήτηση (PEARLS)",
            ["role"] = "Ρόλος",
        },
        ["it"] = new(StringComparer.Ordinal)
        {
            ["report"] = "Debriefing",
            ["outcome"] = "Esito",
            ["critical-fail"] = "Fallimento critico: si è verificato un danno critico. Qualunque altra cosa sia andata bene, se ne parla per prima.",
            ["score"] = "Punteggio",
            ["identification"] = "Identificazione",
            ["process"] = "Processo",
            ["timeliness"] = "Tempestività",
            ["timeline"] = "Cronologia (minuti simulati)",
            ["grounds"] = "Fondati motivi",
            ["referral"] = "Invio",
            ["indicators"] = "Indicatori",
            ["harms"] = "Danni",
            ["discussion"] = "Discussione (PEARLS)",
            ["role"] = "Ruolo",
        },
    };

    private readonly Dictionary<string, string> _texts;

    public DebriefTexts(string language)
    {
        Language = ByLanguage.ContainsKey(language) ? language : "en";
        _texts = ByLanguage[Language];
    }

    public string Language { get; }

    public string this[string key] => _texts.TryGetValue(key, out var text) ? text : ByLanguage["en"].GetValueOrDefault(key, key);

    public string Format(string key, params object[] values) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, this[key], values);
}
