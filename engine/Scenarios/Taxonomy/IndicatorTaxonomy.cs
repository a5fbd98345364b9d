using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Scenarios.Taxonomy;

/// <summary>
/// The indicator taxonomy scenarios cite by id (shared/domain/INDICATORS.md): the hospital list
/// (H-, C-, M-00) mapped onto the ILO/EC 2009 operational indicators, and a labour list (L-) for
/// labour exploitation built from the ILO labour indicators the same way.
/// </summary>
public static class IndicatorTaxonomy
{
    private const IndicatorStrength S = IndicatorStrength.Strong;
    private const IndicatorStrength M = IndicatorStrength.Medium;
    private const IndicatorStrength W = IndicatorStrength.Weak;

    public static IReadOnlyList<TaxonomyEntry> Entries { get; } =
    [
        new("H-01", IndicatorDimension.Cod, S, "companion answers for her and will not leave"),
        new("H-02", IndicatorDimension.Cod, S, "companion controls her phone or location"),
        new("H-03", IndicatorDimension.Cod, S, "companion holds her passport or ID"),
        new("H-04", IndicatorDimension.Cod, S, "a growing debt for travel or rent owed to him"),
        new("H-05", IndicatorDimension.Cod, S, "assault injuries; mechanism does not fit"),
        new("H-06", IndicatorDimension.Cod, S, "client quotas; cannot refuse unprotected sex"),
        new("H-07", IndicatorDimension.Cod, M, "threats against her or her family"),
        new("H-09", IndicatorDimension.Cod, M, "threatened with police or deportation"),
        new("H-10", IndicatorDimension.Cod, M, "hands over all her earnings"),
        new("H-11", IndicatorDimension.Cod, M, "coached, scripted story"),
        new("H-12", IndicatorDimension.Cod, M, "drugs supplied by the companion"),
        new("H-13", IndicatorDimension.Exp, S, "no days off; sleeps where she works"),
        new("H-15", IndicatorDimension.Exp, M, "recurrent STIs; condoms refused"),
        new("H-16", IndicatorDimension.Dec, S, "came for a waitress or modelling job"),
        new("H-17", IndicatorDimension.Dec, M, "came for a promised relationship or marriage"),
        new("H-19", IndicatorDimension.Avr, M, "romantic dependency on the recruiter"),
        new("H-20", IndicatorDimension.Avr, M, "care-leaver, poverty, family breakdown"),
        new("H-22", IndicatorDimension.Avd, M, "no local language; does not know the city"),
        new("H-23", IndicatorDimension.Avd, M, "depends on him for housing, food, contacts"),
        new("H-24", IndicatorDimension.Avd, M, "afraid of authorities"),
        new("C-01", IndicatorDimension.Clinical, M, "ownership tattoo or branding"),
        new("C-02", IndicatorDimension.Clinical, W, "repeated pregnancies or terminations; wants a \"clean\" certificate"),
        new("C-04", IndicatorDimension.Clinical, W, "inconsistent history; late presentation"),
        new("C-05", IndicatorDimension.Clinical, W, "cash payment; companion pushes for fast discharge"),
        new("M-00", IndicatorDimension.Minor, S, "may be a minor (looks younger, no ID): child pathway"),
        new("L-01", IndicatorDimension.Dec, S, "deceived about the nature of the job or the employer"),
        new("L-02", IndicatorDimension.Dec, M, "deceived about wages, hours, contract or housing"),
        new("L-03", IndicatorDimension.Crc, M, "debt for recruitment or travel owed to the recruiter"),
        new("L-04", IndicatorDimension.Exp, S, "excessive hours; no days off"),
        new("L-05", IndicatorDimension.Exp, M, "wages far below the minimum, or unpaid"),
        new("L-06", IndicatorDimension.Exp, M, "dangerous work without protection; injuries left untreated"),
        new("L-07", IndicatorDimension.Exp, M, "housing in the employer's shacks or containers"),
        new("L-08", IndicatorDimension.Cod, S, "wages withheld by the gang-master"),
        new("L-09", IndicatorDimension.Cod, S, "documents kept by the employer or gang-master"),
        new("L-10", IndicatorDimension.Cod, S, "transport to and from the fields controlled; not free to leave"),
        new("L-11", IndicatorDimension.Cod, M, "threats, or threats of denunciation to the authorities"),
        new("L-12", IndicatorDimension.Cod, M, "fines or deductions for food, transport, housing"),
        new("L-13", IndicatorDimension.Avd, M, "depends on the gang-master for work, housing and food"),
        new("L-14", IndicatorDimension.Avd, M, "irregular status; afraid of authorities"),
        new("L-15", IndicatorDimension.Avd, M, "does not speak the language; does not know where the farm is"),
    ];

    private static readonly Dictionary<string, TaxonomyEntry> ById = Entries.ToDictionary(e => e.Id, StringComparer.Ordinal);

    public static TaxonomyEntry? Find(string id) => ById.GetValueOrDefault(id);
}
