using System.Collections;
using System.Globalization;
using System.Resources;
using Microsoft.Extensions.Localization;

namespace ReferralSim.Web.Components.Debrief;

/// <summary>
/// The debrief's strings (<c>Resources/Debrief*.resx</c>) in the report's language: the session's or the
/// CLI's <c>--language</c>, which need not be the request's, and the HTML is often rendered with no request
/// at all. So the culture is explicit instead of <see cref="CultureInfo.CurrentUICulture"/>. Unknown
/// languages read English, and a missing translation falls back to English through the resource manager.
/// </summary>
internal sealed class DebriefLocalizer : IStringLocalizer
{
    public static readonly IReadOnlyList<string> Languages = ["en", "el", "it"];

    private static readonly ResourceManager Strings = new(typeof(ReferralSim.Web.Resources.Debrief));

    private readonly CultureInfo _culture;

    public DebriefLocalizer(string language)
    {
        Language = Languages.Contains(language) ? language : "en";
        _culture = CultureInfo.GetCultureInfo(Language);
    }

    /// <summary>The language the strings are in, for the document's <c>lang</c>.</summary>
    public string Language { get; }

    public LocalizedString this[string name] =>
        Strings.GetString(name, _culture) is { } value ? new(name, value) : new(name, name, resourceNotFound: true);

    /// <summary>Placeholders are filled invariantly: the report formats its own numbers.</summary>
    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var format = this[name];
            return new(name, string.Format(CultureInfo.InvariantCulture, format.Value, arguments), format.ResourceNotFound);
        }
    }

    /// <summary>The label of an engine enum value, under the key <c>Type_Member</c>.</summary>
    public LocalizedString Of<TEnum>(TEnum value) where TEnum : struct, Enum => this[$"{typeof(TEnum).Name}_{value}"];

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures)
    {
        var set = Strings.GetResourceSet(_culture, createIfNotExists: true, tryParents: includeParentCultures);
        if (set is null)
        {
            yield break;
        }

        foreach (DictionaryEntry entry in set)
        {
            if (entry is { Key: string name, Value: string value })
            {
                yield return new(name, value);
            }
        }
    }
}
