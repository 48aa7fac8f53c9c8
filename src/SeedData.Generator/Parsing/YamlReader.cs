using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using SeedData.Generator.Diagnostics;
using SeedData.Generator.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SeedData.Generator.Parsing;

/// <summary>
/// Reads a YAML 1.2 data file through YamlDotNet's event stream into the <see cref="DataNode"/> tree, checking
/// nesting and alias expansion as it goes. YamlDotNet's own errors become SD0001 at the first offending character;
/// the few inputs it throws on without a YAML error (a lone surrogate escape, some broken flow collections) are
/// located here too.
/// </summary>
internal sealed class YamlReader
{
    private readonly string _path;
    private readonly SourceText _text;
    private readonly int _length;
    private readonly CancellationToken _cancellationToken;
    private readonly Scanner _scanner;
    private readonly IParser _parser;
    private readonly IRecordSink? _sink;
    private readonly Dictionary<string, (DataNode Node, int Size)> _anchors = new(StringComparer.Ordinal);
    private readonly List<DataNode> _items = new();
    private readonly List<DataEntry> _entries = new();
    private Mark _lastStart, _lastEnd;
    private int _aliasExpansion;

    private YamlReader(string path, SourceText text, IRecordSink? sink, CancellationToken cancellationToken)
    {
        _path = path;
        _text = text;
        _sink = sink;
        _length = text.Length;
        _cancellationToken = cancellationToken;
        _scanner = new Scanner(new SourceTextReader(text));
        _parser = new Parser(_scanner);
    }

    private List<DiagnosticInfo> Diagnostics { get; } = new();

    public static (DataNode? Root, List<DiagnosticInfo> Diagnostics) Read(string path, SourceText text, IRecordSink? sink, CancellationToken cancellationToken)
    {
        var reader = new YamlReader(path, text, sink, cancellationToken);
        DataNode? root = null;
        try
        {
            root = reader.ReadStream();
        }
        catch (YamlException ex)
        {
            reader.Report(DiagnosticDescriptors.YamlSyntaxError, reader.ErrorSpan(ex), CleanMessage(ex.Message));
        }
        catch (StopParsingException)
        {
        }
        catch (ArgumentOutOfRangeException)
        {
            // YamlDotNet converts a \u or \U escape with char.ConvertFromUtf32, which throws for a surrogate code
            // point (\uD800): no character has it. The scanner stopped just after the escape.
            reader.Report(DiagnosticDescriptors.YamlSyntaxError, reader.EscapeBefore(reader._scanner.CurrentPosition),
                "this escape is a surrogate code point, which is no character; write the character itself, or \\UXXXXXXXX for one beyond U+FFFF");
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's parser throws this instead of a YamlException for some broken flow collections;
            // the last event it read is the best place to point at.
            reader.Report(DiagnosticDescriptors.YamlSyntaxError, SpanOf(reader._lastStart, reader._lastEnd, reader._length),
                "the structure breaks off after this point (an unclosed '[' or '{', or a stray character)");
        }
        return (root, reader.Diagnostics);
    }

    // YamlDotNet prefixes messages with "(Line: 1, Col: 2, Idx: 3) - (Line: ...): "; the location is ours to give.
    private static string CleanMessage(string message)
    {
        int marker = message.IndexOf("): ", StringComparison.Ordinal);
        string cleaned = message.StartsWith("(Line:", StringComparison.Ordinal) && marker >= 0 ? message.Substring(marker + 3) : message;
        return cleaned.TrimEnd('.');
    }

    internal static SourceSpan SpanOf(Mark start, Mark end, int length)
    {
        int startIndex = Clamp(start.Index, length);
        int endIndex = Math.Max(startIndex, Clamp(end.Index, length));
        return new SourceSpan(startIndex, endIndex - startIndex,
            (int)Math.Max(0, start.Line - 1), (int)Math.Max(0, start.Column - 1),
            (int)Math.Max(0, end.Line - 1), (int)Math.Max(0, end.Column - 1));
    }

    private static int Clamp(long index, int length) => (int)Math.Max(0, Math.Min(index, length));

    private sealed class StopParsingException : Exception;

    /// <summary>
    /// Where a YAML error is: YamlDotNet's position, moved to the first offending character where YamlDotNet points
    /// elsewhere. A tab in the indentation is reported from the end of the line before it; a line indented too far
    /// (read as the rest of the scalar above) is reported at its colon.
    /// </summary>
    private SourceSpan ErrorSpan(YamlException error)
    {
        int start = Clamp(error.Start.Index, _length);
        if (error.Message.IndexOf("tab character", StringComparison.Ordinal) >= 0)
        {
            int end = Math.Min(_length, Clamp(error.End.Index, _length) + 1);
            for (int i = start; i < end; i++)
            {
                if (_text[i] == '\t') return At(i, 1);
            }
        }
        if (error.Message.IndexOf("surrogate", StringComparison.OrdinalIgnoreCase) >= 0) return EscapeBefore(error.End);
        if (error.Message.IndexOf("found invalid mapping", StringComparison.Ordinal) >= 0 && error.Start.Line > _lastEnd.Line)
        {
            int lineStart = _text.Lines[(int)error.Start.Line - 1].Start;
            int first = lineStart;
            while (first < start && _text[first] is ' ' or '\t') first++;
            return At(first, Math.Max(1, start - first));
        }
        return SpanOf(error.Start, error.End, _length);
    }

    private SourceSpan At(int position, int length)
    {
        var line = _text.Lines.GetLinePosition(position);
        return new SourceSpan(position, length, line.Line, line.Character, line.Line, line.Character + length);
    }

    /// <summary>
    /// The escape that names no character, on the line of <paramref name="end"/> and before it: the last \u escape of
    /// a surrogate code point (a \uD800 with no low surrogate after it), else the last \u or \U escape.
    /// </summary>
    private SourceSpan EscapeBefore(Mark end)
    {
        int position = Clamp(end.Index, _length);
        int lastEscape = -1;
        for (int i = Math.Min(position, _length - 2); i >= 0 && _text[i] != '\n'; i--)
        {
            if (_text[i] != '\\' || _text[i + 1] is not ('u' or 'U')) continue;
            if (lastEscape < 0) lastEscape = i;
            if (_text[i + 1] == 'u' && i + 6 <= _length
                && int.TryParse(_text.ToString(new TextSpan(i + 2, 4)), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int unit)
                && unit is >= 0xD800 and <= 0xDFFF)
            {
                return At(i, 6);
            }
        }
        return lastEscape >= 0 ? At(lastEscape, Math.Min(_text[lastEscape + 1] == 'u' ? 6 : 10, _length - lastEscape)) : SpanOf(end, end, _length);
    }

    /// <summary>
    /// Reads the stream's documents. A YAML stream may hold several ('---'): each is read as a file of its own would
    /// be (its anchors are its own), and all their records belong to the file. Each document but the last is handed
    /// to the sink as it ends, before the next one begins; an empty document is skipped.
    /// </summary>
    private DataNode? ReadStream()
    {
        _parser.Consume<StreamStart>();
        if (_parser.TryConsume<StreamEnd>(out _)) return null;
        bool several = false;
        while (true)
        {
            var start = _parser.Consume<DocumentStart>();
            _anchors.Clear();
            DataNode document = ReadNode(0).Node;
            _parser.Consume<DocumentEnd>();
            bool empty = document.IsNull && string.IsNullOrEmpty(document.Value);
            if (_parser.Current is DocumentStart)
            {
                several = true;
                if (!empty) _sink?.EndDocument(document);
                continue;
            }
            return several && empty ? DataNode.Mapping(Array.Empty<DataEntry>(), SpanOf(start.Start, start.End, _length)) : document;
        }
    }

    [MethodImpl(Jit.Optimized)]
    private (DataNode Node, int Size) ReadNode(int depth)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        ParsingEvent current = _parser.Current ?? throw new YamlException("unexpected end of the file");
        (_lastStart, _lastEnd) = (current.Start, current.End);
        if (depth > DataFileParser.MaxDepth)
        {
            Report(DiagnosticDescriptors.UnexpectedShape, SpanOf(current.Start, current.End, _length),
                $"at most {DataFileParser.MaxDepth} levels of nesting", "deeper nesting", "Flatten the data.");
            throw new StopParsingException();
        }

        switch (current)
        {
            case AnchorAlias alias:
                _parser.MoveNext();
                return ResolveAlias(alias);
            case Scalar scalar:
                _parser.MoveNext();
                return Remember(scalar.Anchor, (ReadScalar(scalar), 1));
            case SequenceStart start:
            {
                _parser.MoveNext();
                int first = _items.Count;
                int size = 1;
                while (!(_parser.Current is SequenceEnd))
                {
                    var (item, itemSize) = ReadNode(depth + 1);
                    _items.Add(item);
                    size += itemSize;
                }
                var end = _parser.Consume<SequenceEnd>();
                return Remember(start.Anchor, (DataNode.Sequence(_items.Pop(first), SpanOf(start.Start, end.End, _length)), size));
            }
            case MappingStart start:
            {
                _parser.MoveNext();
                int first = _entries.Count;
                int size = 1;
                while (!(_parser.Current is MappingEnd))
                {
                    var (key, keySize) = ReadNode(depth + 1);
                    if (key.Kind != DataNodeKind.Scalar)
                    {
                        Report(DiagnosticDescriptors.UnexpectedShape, key.Span, "a text key", key.Describe(), "Keys must be plain names such as 'id' or 'name'.");
                    }
                    var (value, valueSize) = depth == 0 && _sink is not null && _parser.Current is SequenceStart { Anchor.IsEmpty: true } list && _sink.BeginList(key)
                        ? ReadStreamedList(list)
                        : ReadNode(depth + 1);
                    _entries.Add(new DataEntry(key, value));
                    size += keySize + valueSize;
                }
                var end = _parser.Consume<MappingEnd>();
                return Remember(start.Anchor, (DataNode.Mapping(_entries.Pop(first), SpanOf(start.Start, end.End, _length)), size));
            }
            default:
                throw new YamlException(current.Start, current.End, $"unexpected {current.GetType().Name}");
        }
    }

    [MethodImpl(Jit.Optimized)]
    private DataNode ReadScalar(Scalar scalar)
    {
        var span = SpanOf(scalar.Start, scalar.End, _length);
        bool taggedAsText = !scalar.Tag.IsEmpty && !scalar.Tag.IsNonSpecific && scalar.Tag.Value is "tag:yaml.org,2002:str" or "!!str";
        ScalarStyle style = scalar.Style switch
        {
            YamlDotNet.Core.ScalarStyle.SingleQuoted or YamlDotNet.Core.ScalarStyle.DoubleQuoted => ScalarStyle.Quoted,
            YamlDotNet.Core.ScalarStyle.Literal or YamlDotNet.Core.ScalarStyle.Folded => ScalarStyle.Block,
            _ => taggedAsText ? ScalarStyle.Quoted : ScalarStyle.Plain,
        };
        return DataNode.Scalar(scalar.Value, style, span);
    }

    private (DataNode Node, int Size) ResolveAlias(AnchorAlias alias)
    {
        var span = SpanOf(alias.Start, alias.End, _length);
        if (!_anchors.TryGetValue(alias.Value.Value, out var anchored))
        {
            Report(DiagnosticDescriptors.UnknownAnchor, span, alias.Value.Value);
            return (DataNode.Scalar(string.Empty, ScalarStyle.Plain, span), 1);
        }
        _aliasExpansion += anchored.Size;
        if (_aliasExpansion > DataFileParser.AliasExpansionLimit)
        {
            Report(DiagnosticDescriptors.AliasExpansionTooLarge, span, DataFileParser.AliasExpansionLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
            throw new StopParsingException();
        }
        return anchored;
    }

    /// <summary>A top-level list whose items go to the sink as they are read; the tree keeps the list, empty.</summary>
    private (DataNode Node, int Size) ReadStreamedList(SequenceStart start)
    {
        _parser.MoveNext();
        int size = 1;
        while (!(_parser.Current is SequenceEnd))
        {
            var (item, itemSize) = ReadNode(2);
            _sink!.Item(item);
            size += itemSize;
        }
        var end = _parser.Consume<SequenceEnd>();
        return (DataNode.Sequence(System.Array.Empty<DataNode>(), SpanOf(start.Start, end.End, _length)), size);
    }

    private (DataNode Node, int Size) Remember(AnchorName anchor, (DataNode Node, int Size) node)
    {
        if (!anchor.IsEmpty) _anchors[anchor.Value] = node;
        return node;
    }

    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, SourceSpan span, params string[] arguments)
        => Diagnostics.Add(DiagnosticInfo.Create(descriptor, new SourceLocation(_path, span), arguments));
}
