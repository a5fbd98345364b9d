using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Runtime.Personas;

/// <summary>The nationalities scenarios may give personas.</summary>
public static class Nationalities
{
    public static IReadOnlyList<Nationality> All { get; } =
    [
        Curated("GR", "Greece", "Ελλάδα", "Grecia",
            ["Eleni", "Maria", "Katerina", "Sofia", "Dimitra", "Georgia", "Anna", "Ioanna"],
            ["Giorgos", "Nikos", "Kostas", "Dimitris", "Yannis", "Stelios", "Panagiotis", "Vasilis"],
            ["Papadopoulos", "Georgiou", "Nikolaou", "Vlachos", "Karras", "Dimas", "Angelis", "Pappas"]),
        Curated("AL", "Albania", "Αλβανία", "Albania",
            ["Elira", "Arta", "Blerta", "Drita", "Ermira", "Klea", "Mirela", "Vjosa"],
            ["Arben", "Besnik", "Dritan", "Erion", "Gentian", "Ilir", "Kastriot", "Luan"],
            ["Hoxha", "Shehu", "Dervishi", "Gjoka", "Krasniqi", "Leka", "Marku", "Rama"]),
        Curated("NG", "Nigeria", "Νιγηρία", "Nigeria",
            ["Blessing", "Joy", "Favour", "Precious", "Esther", "Gift", "Osas", "Chioma"],
            ["Emeka", "Osaro", "Tunde", "Chinedu", "Efosa", "Ikenna", "Uche", "Segun"],
            ["Okafor", "Osagie", "Eze", "Adeyemi", "Igbinedion", "Nwosu", "Obi", "Okoro"]),
        Curated("UA", "Ukraine", "Ουκρανία", "Ucraina",
            ["Olena", "Iryna", "Oksana", "Nataliia", "Yuliia", "Kateryna", "Daryna", "Sofiia"],
            ["Andrii", "Oleksandr", "Dmytro", "Serhii", "Taras", "Bohdan", "Mykola", "Yurii"],
            ["Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Boiko", "Lysenko"]),
        Curated("IN", "India", "Ινδία", "India",
            ["Harpreet", "Manpreet", "Simran", "Gurleen", "Priya", "Jaspreet", "Kiran", "Navneet"],
            ["Gurpreet", "Harjit", "Balwinder", "Sukhwinder", "Rajinder", "Amrik", "Jaswant", "Paramjit"],
            ["Singh", "Kaur", "Gill", "Sandhu", "Dhillon", "Sidhu", "Grewal", "Brar"]),
        Curated("GH", "Ghana", "Γκάνα", "Ghana",
            ["Ama", "Akosua", "Abena", "Efua", "Adwoa", "Yaa", "Afua", "Esi"],
            ["Kwame", "Kofi", "Kwabena", "Yaw", "Kojo", "Kwaku", "Fiifi", "Ekow"],
            ["Mensah", "Owusu", "Boateng", "Asante", "Osei", "Addo", "Agyeman", "Appiah"]),
        Curated("MA", "Morocco", "Μαρόκο", "Marocco",
            ["Fatima", "Khadija", "Salma", "Imane", "Nadia", "Samira", "Hanane", "Zineb"],
            ["Youssef", "Mohamed", "Hamid", "Rachid", "Said", "Karim", "Mustapha", "Omar"],
            ["El Amrani", "Benali", "Bennani", "Alaoui", "Tazi", "Idrissi", "Berrada", "Chraibi"]),
        Bogus("RO", "ro", "Romania", "Ρουμανία", "Romania"),
        Bogus("IT", "it", "Italy", "Ιταλία", "Italia"),
        Bogus("TR", "tr", "Türkiye", "Τουρκία", "Turchia"),
        Bogus("FR", "fr", "France", "Γαλλία", "Francia"),
        Bogus("DE", "de", "Germany", "Γερμανία", "Germania"),
        Bogus("NL", "nl", "the Netherlands", "Ολλανδία", "Paesi Bassi"),
        Bogus("ES", "es", "Spain", "Ισπανία", "Spagna"),
        Bogus("CZ", "cz", "Czechia", "Τσεχία", "Cechia"),
        Bogus("SK", "sk", "Slovakia", "Σλοβακία", "Slovacchia"),
        Bogus("HR", "hr", "Croatia", "Κροατία", "Croazia"),
    ];

    private static readonly Dictionary<string, Nationality> ByCode = All.ToDictionary(n => n.Code, StringComparer.Ordinal);

    public static Nationality? Find(string code) => ByCode.GetValueOrDefault(code);

    private static Nationality Curated(string code, string en, string el, string it,
        string[] female, string[] male, string[] last) =>
        new(code, null, Names(en, el, it), female, male, last);

    private static Nationality Bogus(string code, string locale, string en, string el, string it) =>
        new(code, locale, Names(en, el, it), [], [], []);

    private static LocalizedText Names(string en, string el, string it) =>
        new(new Dictionary<string, string> { ["en"] = en, ["el"] = el, ["it"] = it });
}
