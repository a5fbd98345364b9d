using System.Text;
using ReferralSim.Engine.Bots;
using ReferralSim.Engine.Scenarios;
using ReferralSim.Engine.Scenarios.Diagnostics;
using ReferralSim.Web.Library;

namespace ReferralSim.Web.Application.Authoring;

/// <summary>What every authoring request shares: who may send it, how large a scenario may be, how it is compiled.</summary>
public static class AuthorRules
{
    /// <summary>The largest scenario text accepted (UTF-8 bytes), pasted or uploaded: the library's largest is about 120 KB.</summary>
    public const int MaxScenarioBytes = 1024 * 1024;

    /// <summary>The file name diagnostics carry for the editor's text (the page shows line and column only).</summary>
    public const string EditorFile = "editor.yaml";

    /// <summary>Refuses anyone but a signed-in facilitator (authors are facilitators), and text over the limit.</summary>
    public static FacilitatorCaller Require(Caller caller, string? yaml)
    {
        if (caller is not FacilitatorCaller facilitator)
        {
            throw new AppException("facilitators-only", "only a signed-in facilitator can use the author workbench");
        }

        if (yaml is not null && Encoding.UTF8.GetByteCount(yaml) > MaxScenarioBytes)
        {
            throw new AppException("scenario-too-large", $"a scenario may be at most {MaxScenarioBytes / 1024} KiB");
        }

        return facilitator;
    }

    /// <summary>Compiles against the library's directories and, when it compiled, plays the expert path (RS0604) and explores to <paramref name="exploreDepth"/>.</summary>
    public static (CompilationResult Result, IReadOnlyList<Diagnostic> Diagnostics) Check(ScenarioLibrary library, string yaml, int exploreDepth)
    {
        ArgumentNullException.ThrowIfNull(library);
        var result = ScenarioCompiler.Compile(yaml, EditorFile, library.Directories);
        IEnumerable<Diagnostic> played = result.Scenario is { } scenario ? BotDiagnostics.Check(scenario, yaml, exploreDepth) : [];
        var diagnostics = result.Diagnostics.Concat(played)
            .OrderBy(d => d.Location.Line).ThenBy(d => d.Location.Column).ThenBy(d => d.Code, StringComparer.Ordinal)
            .ToList();
        return (result, diagnostics);
    }
}

/// <summary>One problem, as the workbench shows it and as CodeMirror marks it (1-based line and column).</summary>
public sealed record AuthorDiagnostic(int Line, int Column, string Severity, string Code, string Message)
{
    public static AuthorDiagnostic From(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        return new(diagnostic.Location.Line, diagnostic.Location.Column, diagnostic.IsError ? "error" : "warning", diagnostic.Code, diagnostic.Message);
    }
}
