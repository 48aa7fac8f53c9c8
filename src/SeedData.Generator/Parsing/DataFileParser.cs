using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using SeedData.Generator.Diagnostics;
using SeedData.Generator.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SeedData.Generator.Parsing;

/// <summary>
/// The parse room: turns the text of one YAML or JSON data file into a <see cref="DataNode"/> tree with
/// exact spans. JSON is read by the YAML parser (JSON is YAML's flow style), plus checks that reject
/// what JSON does not allow, so the generator never loads System.Text.Json into the compiler.
/// </summary>
internal static class DataFileParser
{
    /// <summary>
    /// The most nodes aliases may add to a file. Expansion is counted, not performed, so a
    /// "billion laughs" file fails at the first alias that crosses the bound.
    /// </summary>
    public const int AliasExpansionLimit = 100_000;

    /// <summary>Nesting deeper than this is refused, so a hostile file cannot exhaust the stack.</summary>
    public const int MaxDepth = 64;

    private static readonly Regex JsonNumber = new(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant);

    public static DataFormat FormatOf(string path)
        => path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? DataFormat.Json : DataFormat.Yaml;

    /// <param name="sink">Takes the items of top-level lists as they are read, instead of the tree; null keeps the whole tree.</param>
    public static ParsedDataFile Parse(string path, SourceText? text, CancellationToken cancellationToken = default, IRecordSink? sink = null)
    {
        DataFormat format = FormatOf(path);
        text ??= SourceText.From(string.Empty);
        var (hash, hasReplacementCharacter) = SourceTextReader.Hash(text);
        var fileLocation = new SourceLocation(path, default);

        if (hasReplacementCharacter || IsLegacyCodePage(text))
        {
            return Failed(DiagnosticInfo.Create(DiagnosticDescriptors.NotUtf8, fileLocation, System.IO.Path.GetFileName(path)));
        }

        var reader = new EventReader(path, format, text, sink, cancellationToken);
        DataNode? root;
        try
        {
            root = reader.ReadStream();
        }
        catch (YamlException ex)
        {
            var descriptor = format == DataFormat.Json ? DiagnosticDescriptors.JsonSyntaxError : DiagnosticDescriptors.YamlSyntaxError;
            var span = SpanOf(ex.Start, ex.End, text.Length);
            reader.Diagnostics.Add(DiagnosticInfo.Create(descriptor, new SourceLocation(path, span), CleanMessage(ex.Message)));
            root = null;
        }
        catch (StopParsingException)
        {
            root = null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's parser throws this instead of a YamlException for some broken flow collections;
            // the last event it read is the best place to point at.
            var descriptor = format == DataFormat.Json ? DiagnosticDescriptors.JsonSyntaxError : DiagnosticDescriptors.YamlSyntaxError;
            reader.Diagnostics.Add(DiagnosticInfo.Create(descriptor, new SourceLocation(path, reader.LastSpan),
                "the structure breaks off after this point (an unclosed '[' or '{', or a stray character)"));
            root = null;
        }

        if (root is null && reader.Diagnostics.Count == 0)
        {
            reader.Diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.EmptyFile, fileLocation, System.IO.Path.GetFileName(path)));
        }

        return new ParsedDataFile(path, format, root, hash, reader.Diagnostics);

        ParsedDataFile Failed(DiagnosticInfo diagnostic)
            => new(path, format, null, hash, new[] { diagnostic });
    }

    // The compiler decodes additional files as UTF-8 and falls back to a legacy code page when the bytes
    // are not UTF-8; either that fallback or replacement characters mean the file was not UTF-8.
    private static bool IsLegacyCodePage(SourceText text)
        => text.Encoding is { } encoding && encoding.CodePage != Encoding.UTF8.CodePage && encoding.CodePage != Encoding.ASCII.CodePage;

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

    /// <summary>Walks YamlDotNet's event stream and builds the tree, checking limits as it goes.</summary>
    private sealed class EventReader
    {
        private readonly string _path;
        private readonly DataFormat _format;
        private readonly int _length;
        private readonly CancellationToken _cancellationToken;
        private readonly IParser _parser;
        private readonly Dictionary<string, (DataNode Node, int Size)> _anchors = new(StringComparer.Ordinal);
        // The children of the containers being read, as stacks: a container's children are the top of the stack
        // when it ends, and leave it as one array of the right size.
        private readonly List<DataNode> _items = new();
        private readonly List<DataEntry> _entries = new();
        private Mark _lastStart, _lastEnd;
        private int _aliasExpansion;

        private readonly IRecordSink? _sink;

        public EventReader(string path, DataFormat format, SourceText text, IRecordSink? sink, CancellationToken cancellationToken)
        {
            _path = path;
            _format = format;
            _sink = sink;
            _length = text.Length;
            _cancellationToken = cancellationToken;
            _parser = new Parser(new SourceTextReader(text));
        }

        public List<DiagnosticInfo> Diagnostics { get; } = new();

        /// <summary>The span of the last event read, for errors the parser reports without a position.</summary>
        public SourceSpan LastSpan => SpanOf(_lastStart, _lastEnd, _length);

        public DataNode? ReadStream()
        {
            _parser.Consume<StreamStart>();
            if (_parser.TryConsume<StreamEnd>(out _)) return null;
            _parser.Consume<DocumentStart>();
            DataNode root = ReadNode(0).Node;
            _parser.Consume<DocumentEnd>();
            if (_parser.Current is DocumentStart extra)
            {
                Report(SyntaxDescriptor, SpanOf(extra.Start, extra.End, _length), "a data file holds one document; remove the second '---' document or move it to its own file");
                return root;
            }
            return root;
        }

        private Microsoft.CodeAnalysis.DiagnosticDescriptor SyntaxDescriptor
            => _format == DataFormat.Json ? DiagnosticDescriptors.JsonSyntaxError : DiagnosticDescriptors.YamlSyntaxError;

        [MethodImpl(Jit.Optimized)]
        private (DataNode Node, int Size) ReadNode(int depth)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            ParsingEvent current = _parser.Current ?? throw new YamlException("unexpected end of the file");
            (_lastStart, _lastEnd) = (current.Start, current.End);
            if (depth > MaxDepth)
            {
                Report(DiagnosticDescriptors.UnexpectedShape, SpanOf(current.Start, current.End, _length),
                    $"at most {MaxDepth} levels of nesting", "deeper nesting", "Flatten the data.");
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
                    CheckJsonFlow(start, start.Style == SequenceStyle.Flow);
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
                    return Remember(start.Anchor, (DataNode.Sequence(Pop(_items, first), SpanOf(start.Start, end.End, _length)), size));
                }
                case MappingStart start:
                {
                    CheckJsonFlow(start, start.Style == MappingStyle.Flow);
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
                    return Remember(start.Anchor, (DataNode.Mapping(Pop(_entries, first), SpanOf(start.Start, end.End, _length)), size));
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
            if (_format == DataFormat.Json)
            {
                if (scalar.Style == YamlDotNet.Core.ScalarStyle.SingleQuoted)
                {
                    Report(SyntaxDescriptor, span, "JSON strings use double quotes");
                }
                else if (style == ScalarStyle.Plain && !(scalar.Value is "null" or "true" or "false" || JsonNumber.IsMatch(scalar.Value)))
                {
                    Report(SyntaxDescriptor, span, $"'{scalar.Value}' is not a JSON value; put text in double quotes");
                }
            }
            return DataNode.Scalar(scalar.Value, style, span);
        }

        private void CheckJsonFlow(NodeEvent node, bool isFlow)
        {
            if (_format == DataFormat.Json && !isFlow)
            {
                Report(SyntaxDescriptor, SpanOf(node.Start, node.End, _length), "JSON objects and arrays use braces and brackets; this looks like YAML block syntax");
                throw new StopParsingException();
            }
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
            if (_aliasExpansion > AliasExpansionLimit)
            {
                Report(DiagnosticDescriptors.AliasExpansionTooLarge, span, AliasExpansionLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
                throw new StopParsingException();
            }
            return anchored;
        }

        /// <summary>A top-level list whose items go to the sink as they are read; the tree keeps the list, empty.</summary>
        private (DataNode Node, int Size) ReadStreamedList(SequenceStart start)
        {
            CheckJsonFlow(start, start.Style == SequenceStyle.Flow);
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

        private static T[] Pop<T>(List<T> stack, int first)
        {
            var popped = new T[stack.Count - first];
            stack.CopyTo(first, popped, 0, popped.Length);
            stack.RemoveRange(first, popped.Length);
            return popped;
        }

        private (DataNode Node, int Size) Remember(AnchorName anchor, (DataNode Node, int Size) node)
        {
            if (!anchor.IsEmpty) _anchors[anchor.Value] = node;
            return node;
        }

        private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, SourceSpan span, params string[] arguments)
            => Diagnostics.Add(DiagnosticInfo.Create(descriptor, new SourceLocation(_path, span), arguments));
    }
}
