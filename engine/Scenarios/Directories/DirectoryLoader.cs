using System.Text.RegularExpressions;
using ReferralSim.Engine.Scenarios.Diagnostics;
using ReferralSim.Engine.Scenarios.Yaml;

namespace ReferralSim.Engine.Scenarios.Directories;

/// <summary>Loads and checks a country directory: schema, unique ids, phone format, languages.</summary>
public static partial class DirectoryLoader
{
    public static ReferralDirectory? Load(string text, string file, DiagnosticBag diagnostics)
    {
        var map = new SourceMap(file);
        var directory = YamlDocumentLoader.Load<ReferralDirectory>(text, file, diagnostics, map);
        if (directory is null)
        {
            return null;
        }

        var seen = new Dictionary<string, ReferralService>(StringComparer.Ordinal);
        foreach (var service in directory.Services)
        {
            if (!seen.TryAdd(service.Id, service))
            {
                diagnostics.Add(DiagnosticCodes.DuplicateId, map.Of(service, "id"),
                    $"service id '{service.Id}' is already used at line {map.Of(seen[service.Id]).Line}");
            }

            if (service.Phone is { } phone && !PhonePattern().IsMatch(phone))
            {
                diagnostics.Add(DiagnosticCodes.InvalidPhone, map.Of(service, "phone"),
                    $"'{phone}' is not a phone number: write digits, spaces and an optional leading +, e.g. \"+30 210 1234567\" or \"1109\"");
            }

            for (var i = 0; i < service.Languages.Count; i++)
            {
                if (!LanguagePattern().IsMatch(service.Languages[i]))
                {
                    diagnostics.Add(DiagnosticCodes.UnknownLanguage, map.Item(service.Languages, i),
                        $"'{service.Languages[i]}' is not a two-letter language code such as el, en or it");
                }
            }
        }

        return directory;
    }

    [GeneratedRegex(@"^\+?[0-9]+( [0-9]+)*$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex("^[a-z]{2}$")]
    private static partial Regex LanguagePattern();
}
