using System.Xml.Linq;
using ReferralSim.Web.Tests.TestSupport;

namespace ReferralSim.Web.Tests.Browser;

/// <summary>The facilitator console's resx files (web/Resources/Facilitator*.resx), read as the tests need them.</summary>
internal static class FacilitatorResources
{
    public static IReadOnlyDictionary<string, string> Read(string culture) =>
        XDocument.Load(RepositoryRoot.Combine("web", "Resources", culture == "en" ? "Facilitator.resx" : $"Facilitator.{culture}.resx"))
            .Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!, StringComparer.Ordinal);

    /// <summary>Keys that cannot be ordinary words (compound or with a prefix): finding one on a page means a string is missing.</summary>
    public static IEnumerable<string> LeakableKeys() =>
        Read("en").Keys.Where(k => k.Contains('_', StringComparison.Ordinal) || k.Skip(1).Any(char.IsUpper));
}
