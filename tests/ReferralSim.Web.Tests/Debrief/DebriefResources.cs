using System.Xml.Linq;
using ReferralSim.Web.Tests.TestSupport;

namespace ReferralSim.Web.Tests.Debrief;

/// <summary>The debrief's resx files (web/Resources/Debrief*.resx), read as the tests need them.</summary>
internal static class DebriefResources
{
    /// <summary>
    /// Keys whose translation may be the English text: in Italian the minutes ("{0} min") and "no",
    /// which are Italian too.
    /// </summary>
    public static IReadOnlySet<string> SameAsEnglish(string culture) =>
        culture == "it" ? new HashSet<string>(["Minutes", "No"]) : new HashSet<string>();

    public static IReadOnlyDictionary<string, string> Read(string culture) =>
        XDocument.Load(RepositoryRoot.Combine("web", "Resources", culture == "en" ? "Debrief.resx" : $"Debrief.{culture}.resx"))
            .Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!, StringComparer.Ordinal);
}
