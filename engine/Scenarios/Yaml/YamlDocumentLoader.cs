using ReferralSim.Engine.Scenarios.Diagnostics;

namespace ReferralSim.Engine.Scenarios.Yaml;

/// <summary>Text → located tree → bound model, for any model type (scenarios, directories, scripts).</summary>
public static class YamlDocumentLoader
{
    /// <summary>The bound model (with placeholders where the file was broken), or null when the YAML itself could not be read.</summary>
    public static T? Load<T>(string text, string file, DiagnosticBag diagnostics, SourceMap sourceMap, YamlLimits? limits = null)
        where T : class
    {
        var root = YamlTreeReader.Read(text, file, diagnostics, limits);
        return root is null ? null : YamlBinder.Bind<T>(root, new YamlBindingContext(diagnostics, sourceMap));
    }
}
