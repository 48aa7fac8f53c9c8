using System;
using System.Collections.Generic;
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
/// nesting and alias expansion as it goes. YamlDotNet's own errors become SD0001, said in plain words at the mistake
/// (<see cref="YamlSyntaxError"/>); the few inputs it throws on without a YAML error (a lone surrogate escape, an
/// empty tag, some broken flow collections) are located here too.
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
    // The anchors of the documents before this one, which an alias cannot reach: its error says so.
    private readonly HashSet<string> _earlierAnchors = new(StringComparer.Ordinal);
    private readonly List<DataNode> _items = new();
    private readonly List<DataEntry> _entries = new();
    private Mark _lastStart, _lastEnd;
    // The '[' and '{' collections being read, innermost last: one left open is the mistake a syntax error is about.
    private readonly List<(Mark Start, char Opener)> _openFlows = new();
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
            var error = YamlSyntaxError.Explain(ex, text, reader._lastEnd, reader._openFlows);
            reader.Report(DiagnosticDescriptors.YamlSyntaxError, error.Span, error.Message);
        }
        catch (StopParsingException)
        {
        }
        catch (ArgumentOutOfRangeException)
        {
            // YamlDotNet converts a \u or \U escape with char.ConvertFromUtf32, which throws for a surrogate code
            // point (\uD800): no character has it. The scanner stopped just after the escape.
            reader.Report(DiagnosticDescriptors.YamlSyntaxError, YamlSyntaxError.EscapeBefore(text, reader._scanner.CurrentPosition), YamlSyntaxError.SurrogateEscape);
        }
        catch (ArgumentException ex) when (ex.TargetSite?.DeclaringType?.Assembly == typeof(Scanner).Assembly)
        {
            // YamlDotNet's tag types refuse an empty tag with an ArgumentException (not a YamlException): the tag is the mistake.
            var error = YamlSyntaxError.EmptyTag(text, reader._scanner.CurrentPosition);
            reader.Report(DiagnosticDescriptors.YamlSyntaxError, error.Span, error.Message);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's parser throws this instead of a YamlException for some broken flow collections: the '[' or
            // '{' still open is the mistake (its scanner may stop before the parser reads it), else the last event it
            // read is the best place to point at.
            int lastIndex = (int)Math.Min(reader._lastStart.Index, text.Length);
            var error = reader._openFlows.Count > 0 ? YamlSyntaxError.Unclosed(text, reader._openFlows[reader._openFlows.Count - 1])
                : YamlSyntaxError.UnclosedBracketAfter(text, lastIndex) is int bracket ? YamlSyntaxError.Unclosed(text, bracket, text[bracket])
                : new YamlSyntaxError(SpanOf(reader._lastStart, reader._lastEnd, reader._length), YamlSyntaxError.BrokenStructure);
            reader.Report(DiagnosticDescriptors.YamlSyntaxError, error.Span, error.Message);
        }
        return (root, reader.Diagnostics);
    }

    private static SourceSpan SpanOf(Mark start, Mark end, int length) => YamlSyntaxError.SpanOf(start, end, length);

    private sealed class StopParsingException : Exception;

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
            _earlierAnchors.UnionWith(_anchors.Keys);
            _anchors.Clear();
            DataNode document = _sink is not null && _parser.Current is SequenceStart { Anchor.IsEmpty: true } list && _sink.BeginRootList()
                ? ReadStreamedList(list).Node
                : ReadNode(0).Node;
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
                if (start.Style == SequenceStyle.Flow) _openFlows.Add((start.Start, '['));
                _parser.MoveNext();
                int first = _items.Count;
                int size = 1;
                while (!(_parser.Current is SequenceEnd))
                {
                    var (item, itemSize) = ReadNode(depth + 1);
                    _items.Add(item);
                    size += itemSize;
                }
                var end = End(start.Style == SequenceStyle.Flow);
                return Remember(start.Anchor, (DataNode.Sequence(_items.Pop(first), SpanOf(start.Start, end.End, _length)), size));
            }
            case MappingStart start:
            {
                if (start.Style == MappingStyle.Flow) _openFlows.Add((start.Start, '{'));
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
                var end = End(start.Style == MappingStyle.Flow);
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
        string name = alias.Value.Value;
        if (!_anchors.TryGetValue(name, out var anchored))
        {
            if (_earlierAnchors.Contains(name))
                Report(DiagnosticDescriptors.UnknownAnchor, span, name,
                    $" in its document: '&{name}' is in an earlier one, and an anchor holds only within its own document (each '---' starts a new one)",
                    "Repeat the data in this document, or put both in one.");
            else Report(DiagnosticDescriptors.UnknownAnchor, span, name, string.Empty, $"Define '&{name}' earlier in the file, or fix the alias name.");
            return (DataNode.Reported(span), 1);
        }
        _aliasExpansion += anchored.Size;
        if (_aliasExpansion > DataFileParser.AliasExpansionLimit)
        {
            Report(DiagnosticDescriptors.AliasExpansionTooLarge, span, DataFileParser.AliasExpansionLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
            throw new StopParsingException();
        }
        return (anchored.Node.AliasAt(span), anchored.Size);
    }

    /// <summary>A top-level list whose items go to the sink as they are read; the tree keeps the list, empty.</summary>
    private (DataNode Node, int Size) ReadStreamedList(SequenceStart start)
    {
        if (start.Style == SequenceStyle.Flow) _openFlows.Add((start.Start, '['));
        _parser.MoveNext();
        int size = 1;
        while (!(_parser.Current is SequenceEnd))
        {
            var (item, itemSize) = ReadNode(2);
            _sink!.Item(item);
            size += itemSize;
        }
        var end = End(start.Style == SequenceStyle.Flow);
        return (DataNode.Sequence(System.Array.Empty<DataNode>(), SpanOf(start.Start, end.End, _length)), size);
    }

    /// <summary>
    /// The end of the list or mapping being read, and the move past it. A flow collection is closed as soon as its end
    /// is read, before the move: an error in what follows it (the end of the file, say) is not about it.
    /// </summary>
    private ParsingEvent End(bool flow)
    {
        var end = _parser.Current!;
        if (flow) _openFlows.RemoveAt(_openFlows.Count - 1);
        _parser.MoveNext();
        return end;
    }

    private (DataNode Node, int Size) Remember(AnchorName anchor, (DataNode Node, int Size) node)
    {
        if (!anchor.IsEmpty) _anchors[anchor.Value] = node;
        return node;
    }

    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, SourceSpan span, params string[] arguments)
        => Diagnostics.Add(DiagnosticInfo.Create(descriptor, new SourceLocation(_path, span), arguments));
}
