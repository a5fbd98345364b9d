using System.Text;
using ReferralSim.Engine.Scenarios.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ReferralSim.Engine.Scenarios.Yaml;

/// <summary>
/// Reads YAML text into a <see cref="YamlNode"/> tree, reporting what YAML itself gets wrong:
/// syntax (with a hint for tabs), duplicate keys, more than one document, and the limits that keep
/// a hostile file cheap (size, depth, alias expansion).
/// </summary>
public sealed class YamlTreeReader
{
    private readonly string _file;
    private readonly YamlLimits _limits;
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<string, YamlNode> _anchors = new(StringComparer.Ordinal);
    private readonly Parser _parser;
    private long _expandedTotal;

    private YamlTreeReader(string text, string file, YamlLimits limits, DiagnosticBag diagnostics)
    {
        _parser = new Parser(new StringReader(text));
        _file = file;
        _limits = limits;
        _diagnostics = diagnostics;
    }

    /// <summary>The root node, or null when the file could not be read (the reasons are in <paramref name="diagnostics"/>).</summary>
    public static YamlNode? Read(string text, string file, DiagnosticBag diagnostics, YamlLimits? limits = null)
    {
        limits ??= YamlLimits.Default;

        // A byte-order mark (Windows editors write one) would otherwise become part of the first
        // key; editors do not count it as a column either.
        text = text.TrimStart('\uFEFF');
        if (Encoding.UTF8.GetByteCount(text) > limits.MaxBytes)
        {
            diagnostics.Add(DiagnosticCodes.FileTooLarge, new SourceLocation(file, 1, 1),
                $"the file is larger than {limits.MaxBytes / 1024} KiB; a scenario never needs that much");
            return null;
        }

        var reader = new YamlTreeReader(text, file, limits, diagnostics);
        try
        {
            return reader.ReadStream();
        }
        catch (YamlException error)
        {
            // YamlDotNet places a tab-indentation error at the mapping or scalar before the tab, often
            // lines earlier; point at the tab itself, which is what the author must change.
            var tab = IndentationTab(text, error);
            var location = tab is var (line, column) ? new SourceLocation(file, line, column) : reader.At(error.Start);
            diagnostics.Add(DiagnosticCodes.YamlSyntax, location, SyntaxMessage(error, nearTab: tab is not null));
            return null;
        }
        catch (LimitExceeded limit)
        {
            diagnostics.Add(limit.Descriptor, limit.Location, limit.Message);
            return null;
        }
    }

    private YamlNode? ReadStream()
    {
        _parser.Consume<StreamStart>();
        if (_parser.Accept<StreamEnd>(out _))
        {
            _diagnostics.Add(DiagnosticCodes.DocumentCount, new SourceLocation(_file, 1, 1), "the file is empty");
            return null;
        }

        _parser.Consume<DocumentStart>();
        var root = ReadNode(depth: 1);
        _parser.Consume<DocumentEnd>();
        if (_parser.Accept<DocumentStart>(out var second))
        {
            _diagnostics.Add(DiagnosticCodes.DocumentCount, At(second.Start),
                "a second YAML document starts here ('---'); put one scenario in each file");
        }

        return root;
    }

    private YamlNode ReadNode(int depth)
    {
        var start = _parser.Current ?? throw new YamlException("unexpected end of the file");
        var location = At(start.Start);
        if (depth > _limits.MaxDepth)
        {
            throw new LimitExceeded(DiagnosticCodes.TooDeep, location,
                $"the document is nested more than {_limits.MaxDepth} levels deep here");
        }

        YamlNode node = start switch
        {
            AnchorAlias alias => ReadAlias(alias, location),
            Scalar scalar => ReadScalar(scalar, location),
            SequenceStart => ReadSequence(location, depth),
            MappingStart => ReadMapping(location, depth),
            _ => throw new YamlException(start.Start, start.End, $"unexpected {start.GetType().Name}"),
        };

        if (start is NodeEvent { Anchor.IsEmpty: false } anchored)
        {
            _anchors[anchored.Anchor.Value] = node;
        }

        return node;
    }

    private YamlNode ReadAlias(AnchorAlias alias, SourceLocation location)
    {
        _parser.MoveNext();
        if (!_anchors.TryGetValue(alias.Value.Value, out var target))
        {
            throw new YamlException(alias.Start, alias.End, $"the alias *{alias.Value.Value} refers to no anchor defined before it");
        }

        Count(target.ExpandedSize, location);
        return target;
    }

    private YamlScalar ReadScalar(Scalar scalar, SourceLocation location)
    {
        _parser.MoveNext();
        Count(1, location);
        return new YamlScalar(location, scalar.Value, scalar.Style is not ScalarStyle.Plain);
    }

    private YamlSequence ReadSequence(SourceLocation location, int depth)
    {
        _parser.MoveNext();
        var items = new List<YamlNode>();
        long size = 1;
        while (!_parser.TryConsume<SequenceEnd>(out _))
        {
            var item = ReadNode(depth + 1);
            items.Add(item);
            size += item.ExpandedSize;
        }

        Count(1, location);
        return new YamlSequence(location, items) { ExpandedSize = size };
    }

    private YamlMapping ReadMapping(SourceLocation location, int depth)
    {
        _parser.MoveNext();
        var entries = new List<YamlEntry>();
        var keys = new Dictionary<string, YamlScalar>(StringComparer.Ordinal);
        long size = 1;
        while (!_parser.TryConsume<MappingEnd>(out _))
        {
            var keyNode = ReadNode(depth + 1);
            var value = ReadNode(depth + 1);
            size += value.ExpandedSize + 1;
            if (keyNode is not YamlScalar key)
            {
                _diagnostics.Add(DiagnosticCodes.WrongType, keyNode.Location, "a key must be a plain name, not a list or mapping");
                continue;
            }

            // A dictionary, not a search of the entries so far: a 1 MiB mapping of 100,000 keys
            // took minutes to check that way.
            if (!keys.TryAdd(key.Value, key))
            {
                _diagnostics.Add(DiagnosticCodes.DuplicateKey, key.Location,
                    $"the key '{key.Value}' already appears at line {keys[key.Value].Location.Line}; the first one is kept");
                continue;
            }

            entries.Add(new YamlEntry(key, value));
        }

        Count(1, location);
        return new YamlMapping(location, entries) { ExpandedSize = size };
    }

    private void Count(long nodes, SourceLocation location)
    {
        _expandedTotal += nodes;
        if (nodes > _limits.MaxExpandedNodes || _expandedTotal > _limits.MaxExpandedNodes)
        {
            throw new LimitExceeded(DiagnosticCodes.AliasExpansion, location,
                $"aliases expand this document beyond {_limits.MaxExpandedNodes:N0} nodes " +
                "(a 'billion laughs' file?); write the repeated parts out, or use fewer nested aliases");
        }
    }

    private SourceLocation At(Mark mark) => new(_file, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));

    private static string SyntaxMessage(YamlException error, bool nearTab)
    {
        var message = error.Message;
        var colon = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith('(') && colon > 0)
        {
            message = message[(colon + 3)..];
        }

        message = message.TrimEnd('.').Trim();
        if (message.Length > 0)
        {
            message = char.ToLowerInvariant(message[0]) + message[1..];
        }

        return nearTab
            ? $"{message}; this line has a tab character: YAML allows only spaces for indentation"
            : message;
    }

    /// <summary>
    /// The 1-based line and column of the first tab in a line's indentation from the error's start
    /// on, or null when there is none. When YamlDotNet's message names a tab it points at the start
    /// of the enclosing mapping, however far above, so the search runs to the end of the file;
    /// otherwise it looks only up to the line after the error's end.
    /// </summary>
    private static (int Line, int Column)? IndentationTab(string text, YamlException error)
    {
        var lines = text.Split('\n');
        var first = (int)Math.Max(1, error.Start.Line);
        var last = error.Message.Contains("tab", StringComparison.OrdinalIgnoreCase)
            ? lines.Length
            : (int)Math.Min(lines.Length, Math.Max(error.Start.Line, error.End.Line) + 1);
        for (var line = first; line <= last; line++)
        {
            var content = lines[line - 1];
            var indentation = content.Length - content.TrimStart(' ', '\t').Length;
            var tab = content.IndexOf('\t', 0, indentation);
            if (tab >= 0)
            {
                return (line, tab + 1);
            }
        }

        return null;
    }

    private sealed class LimitExceeded(DiagnosticDescriptor descriptor, SourceLocation location, string message)
        : Exception(message)
    {
        public DiagnosticDescriptor Descriptor { get; } = descriptor;

        public SourceLocation Location { get; } = location;
    }
}
