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
/// One node of a parsed data file: a format-neutral syntax tree (YAML and JSON parse to the same shape)
/// that keeps the exact span of every node for diagnostics.
/// </summary>
internal sealed record DataNode(
    DataNodeKind Kind,
    SourceSpan Span,
    string? Value,
    ScalarStyle Style,
    EquatableArray<DataNode> Items,
    EquatableArray<DataEntry> Entries)
{
    public static DataNode Scalar(string value, ScalarStyle style, SourceSpan span)
        => new(DataNodeKind.Scalar, span, value, style, EquatableArray<DataNode>.Empty, EquatableArray<DataEntry>.Empty);

    public static DataNode Sequence(EquatableArray<DataNode> items, SourceSpan span)
        => new(DataNodeKind.Sequence, span, null, ScalarStyle.Plain, items, EquatableArray<DataEntry>.Empty);

    public static DataNode Mapping(EquatableArray<DataEntry> entries, SourceSpan span)
        => new(DataNodeKind.Mapping, span, null, ScalarStyle.Plain, EquatableArray<DataNode>.Empty, entries);

    /// <summary>YAML 1.2 core schema nulls: <c>~</c>, <c>null</c> and an empty plain scalar.</summary>
    public bool IsNull => Kind == DataNodeKind.Scalar && Style == ScalarStyle.Plain
        && (Value is "" or "~" or "null" or "Null" or "NULL");

    public string Describe() => Kind switch
    {
        DataNodeKind.Mapping => "a mapping",
        DataNodeKind.Sequence => "a list",
        _ when IsNull => "null",
        _ when Style == ScalarStyle.Plain => $"the plain value '{Value}'",
        _ => $"the text \"{Value}\"",
    };
}

/// <summary>A key and its value in a mapping.</summary>
internal sealed record DataEntry(DataNode Key, DataNode Value);
