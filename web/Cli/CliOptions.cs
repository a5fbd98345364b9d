using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace ReferralSim.Web.Cli;

/// <summary>Options and settings the verbs share.</summary>
internal static class CliOptions
{
    public static JsonSerializerOptions Json { get; } = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>A <c>--format</c> option limited to <paramref name="formats"/>, the first being the default.</summary>
    public static Option<string> Format(params string[] formats)
    {
        var option = new Option<string>("--format") { Description = $"Output format: {string.Join(", ", formats)}.", DefaultValueFactory = _ => formats[0] };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    /// <summary>The <c>--language</c> of a debrief or comparison; a language the report has no strings for reads English.</summary>
    public static Option<string> ReportLanguage(string what) =>
        new("--language") { Description = $"Language of the {what}: en, el or it.", DefaultValueFactory = _ => "en" };
}
