using System;
using SeedData.Generator.Model;

namespace SeedData.Generator.Parsing;

internal enum DataNodeKind
{
    Scalar,
    Mapping,
    Sequence,
}

/// <summary>
/// How a scalar was written. Plain scalars may be numbers, booleans or null; quoted and block scalars are
/// always text, so <c>"42"</c> is not accepted where a number is expected.
/// </summary>
internal enum ScalarStyle
{
    Plain,
    Quoted,
    Block,
}

/// <summary>
/// One node of a parsed data file: a format-neutral syntax tree (YAML and JSON parse to the same shape) that
/// keeps the exact span of every node for diagnostics. The tree lives only while its file is bound, so it is
/// plain arrays, with no equality of its own.
/// </summary>
internal sealed class DataNode
{
    private DataNode(DataNodeKind kind, SourceSpan span, string? value, ScalarStyle style, DataNode[] items, DataEntry[] entries, bool isAlias = false, bool isReported = false, bool isCell = false)
    {
        IsCell = isCell;
        Kind = kind;
        Span = span;
        Value = value;
        Style = style;
        Items = items;
        Entries = entries;
        IsAlias = isAlias;
        IsReported = isReported;
    }

    public DataNodeKind Kind { get; }
    public SourceSpan Span { get; }
    public string? Value { get; }
    public ScalarStyle Style { get; }
    public DataNode[] Items { get; }
    public DataEntry[] Entries { get; }

    /// <summary>
    /// True for the node an alias (<c>*name</c>) repeats, at the alias: its <see cref="Span"/> is the alias's, the nodes
    /// inside it keep the anchor's.
    /// </summary>
    public bool IsAlias { get; }

    /// <summary>True for what stands in for a node the parser has reported (an alias to no anchor): nothing more is said about it.</summary>
    public bool IsReported { get; }

    /// <summary>
    /// A CSV or TSV cell: plain (a number, a boolean, an enum, text alike, as CSV has no types), but never null, since
    /// only an empty cell is missing there: <c>null</c> in a cell is the text "null".
    /// </summary>
    public bool IsCell { get; }

    public static DataNode Scalar(string value, ScalarStyle style, SourceSpan span)
        => new(DataNodeKind.Scalar, span, value, style, Array.Empty<DataNode>(), Array.Empty<DataEntry>());

    /// <summary>A cell's text (see <see cref="IsCell"/>).</summary>
    public static DataNode Cell(string value, SourceSpan span)
        => new(DataNodeKind.Scalar, span, value, ScalarStyle.Plain, Array.Empty<DataNode>(), Array.Empty<DataEntry>(), isCell: true);

    public static DataNode Sequence(DataNode[] items, SourceSpan span)
        => new(DataNodeKind.Sequence, span, null, ScalarStyle.Plain, items, Array.Empty<DataEntry>());

    public static DataNode Mapping(DataEntry[] entries, SourceSpan span)
        => new(DataNodeKind.Mapping, span, null, ScalarStyle.Plain, Array.Empty<DataNode>(), entries);

    /// <summary>The node an alias repeats, placed at the alias.</summary>
    public DataNode AliasAt(SourceSpan span) => new(Kind, span, Value, Style, Items, Entries, isAlias: true, IsReported, IsCell);

    /// <summary>A stand-in for a node that the parser has reported.</summary>
    public static DataNode Reported(SourceSpan span) => new(DataNodeKind.Scalar, span, string.Empty, ScalarStyle.Plain, Array.Empty<DataNode>(), Array.Empty<DataEntry>(), isReported: true);

    /// <summary>YAML 1.2 core schema nulls: <c>~</c>, <c>null</c> and an empty plain scalar.</summary>
    public bool IsNull => Kind == DataNodeKind.Scalar && Style == ScalarStyle.Plain && !IsCell
        && (Value is "" or "~" or "null" or "Null" or "NULL");

    /// <summary>The value of the entry with the key <paramref name="key"/>, or null.</summary>
    public DataNode? Get(string key)
    {
        foreach (var entry in Entries)
        {
            if (entry.Key.Value == key) return entry.Value;
        }
        return null;
    }

    public string Describe() => Kind switch
    {
        DataNodeKind.Mapping => "a mapping",
        DataNodeKind.Sequence => "a list",
        _ when IsNull => "null",
        _ when IsCell => Value is { Length: > 0 } ? $"'{Value}'" : "empty text (\"\")",
        _ when Style == ScalarStyle.Plain => $"the plain value '{Value}'",
        _ => $"the text \"{Value}\"",
    };
}

/// <summary>A key and its value in a mapping.</summary>
internal readonly struct DataEntry(DataNode key, DataNode value)
{
    public DataNode Key { get; } = key;
    public DataNode Value { get; } = value;
}
