using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis.Text;
using SeedData.Generator.Declarations;
using SeedData.Generator.Diagnostics;
using SeedData.Generator.Kinds;
using SeedData.Generator.Model;
using SeedData.Generator.Parsing;

namespace SeedData.Generator.Binding;

/// <summary>
/// CSV and TSV files: the records of one collection, a row each, bound as <see cref="CsvReader"/> reads them. The
/// header names the keys; each row becomes the mapping a YAML record would be, with every cell's span, and is bound
/// as one: a cell is plain text (a number, a boolean, an enum or text, whether quoted or not, since CSV has no types);
/// an empty cell is a missing value, but for <c>""</c> in a column that takes text, which is the empty text; a list is
/// its items joined with <c>;</c>; a nested record, a list of them or a map is JSON in its cell.
/// </summary>
internal sealed partial class FileBinder : ITableSink
{
    // Required keys the header lacks: reported once there (SD0087), or as the did-you-mean of an unknown column, so that
    // no row reports them again.
    private readonly HashSet<string> _absentColumns = new(StringComparer.Ordinal);
    private SourceText? _table;
    // Per column of the header: the parameter it fills, or none; null until the header is read.
    private Column[]? _columns;
    private int _idColumn = -1;
    private readonly List<DataEntry> _cells = new();

    private enum CellForm
    {
        /// <summary>One scalar: the cell's text.</summary>
        Text,

        /// <summary>A list of scalars: the items joined with ';'.</summary>
        List,

        /// <summary>A record, a map or a list of records or maps: JSON.</summary>
        Json,
    }

    /// <param name="Parameter">The parameter's position in the record, or -1 for a column that fills none (reported).</param>
    /// <param name="TakesEmptyText">Whether the parameter's kind reads empty text as a value (a string does): a <c>""</c> cell is then that value.</param>
    /// <param name="IsNullable">Whether null is a value of the parameter: an empty cell of a list column is then null, not an empty list.</param>
    private readonly record struct Column(int Parameter, DataNode Key, CellForm Form, bool IsOptional, bool TakesEmptyText = false, bool IsNullable = false);

    /// <summary>Reads the file row by row; false when a quote is never closed, so some rows were read for their ids alone.</summary>
    private bool BindTable(SourceText? text)
    {
        _table = text ?? SourceText.From(string.Empty);
        if (DataFileParser.IsNotUtf8(_table))
        {
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NotUtf8, FileLocation, System.IO.Path.GetFileName(_path)));
            return false;
        }
        var (complete, syntax) = CsvReader.Read(_path, _table, DataFileParser.FormatOf(_path), this, _cancellationToken);
        // The reader's own diagnostics go first, as a parser's do.
        _diagnostics.InsertRange(0, syntax);
        if (_columns is null && syntax.Count == 0 && _fileCollection != -2)
        {
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.EmptyFile, FileLocation, System.IO.Path.GetFileName(_path)));
        }
        return complete;
    }

    [MethodImpl(Jit.Optimized)]
    void ITableSink.Row(List<CsvField> fields, SourceSpan span, bool malformed)
    {
        if (_fileCollection < 0) return;
        if (_columns is null)
        {
            ReadHeader(fields, span);
            return;
        }
        _cancellationToken.ThrowIfCancellationRequested();
        if (!malformed && fields.Count != _columns.Length)
        {
            ReportFieldCount(fields, span);
            malformed = true;
        }
        if (malformed || _idColumn < 0 || !TryReadCells(fields))
        {
            // The id alone, so that references to the row and its named member are no errors of their own.
            if (_idColumn >= 0 && _idColumn < fields.Count) AddUnreadRow(fields, span);
            return;
        }
        AddRecord(_fileCollection, _declarations.Collections[_fileCollection], DataNode.Mapping(_cells.ToArray(), span), span);
    }

    /// <summary>A row that is not read, counted by its id or key (each key field's cell, for a composite key).</summary>
    private void AddUnreadRow(List<CsvField> fields, SourceSpan span)
    {
        var key = _declarations.Collections[_fileCollection].Shape.RecordKey;
        if (key.Fields.Count <= 1)
        {
            AddUnreadRecord(_fileCollection, DataNode.Cell(fields[_idColumn].Text, fields[_idColumn].Span), span);
            return;
        }
        var parts = new List<string>(key.Fields.Count);
        foreach (var field in key.Fields)
        {
            int c = Array.FindIndex(_columns!, column => column.Parameter >= 0 && column.Key.Value == KeyOf(field));
            if (c < 0 || c >= fields.Count || field.Type.Kind.KeyText(DataNode.Cell(fields[c].Text, fields[c].Span), field.Type) is not { } text) return;
            parts.Add(text);
        }
        AddUnreadRecord(_fileCollection, string.Join(KeyShape.Separator.ToString(), parts), fields[_idColumn].Span, span);
    }

    /// <summary>The header: each column's parameter, in the file's key naming; its mistakes reported once, here.</summary>
    private void ReadHeader(List<CsvField> fields, SourceSpan span)
    {
        var declaration = _declarations.Collections[_fileCollection];
        var shape = declaration.Shape;
        var keys = KeysOf(shape);
        var columns = new Column[fields.Count];
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var given = new HashSet<string>(StringComparer.Ordinal);
        for (int c = 0; c < fields.Count; c++)
        {
            string name = fields[c].Text;
            var key = DataNode.Scalar(name, ScalarStyle.Quoted, fields[c].Span);
            columns[c] = new Column(-1, key, CellForm.Text, IsOptional: true);
            if (seen.TryGetValue(name, out int first))
            {
                if (declaration.IsValid) Report(DiagnosticDescriptors.DuplicateColumn, key, name, first.ToString(CultureInfo.InvariantCulture));
                continue;
            }
            seen[name] = c + 1;
            if (keys.TryGetValue(name, out int parameter))
            {
                var type = shape.Parameters[parameter].Type;
                columns[c] = new Column(parameter, key, FormOf(type), shape.Parameters[parameter].IsOptional, TakesEmptyText(type), type.Kind.AcceptsNull);
                given.Add(name);
                if (name == keys.IdKey) _idColumn = c;
                continue;
            }
            if (!declaration.IsValid) continue;
            var closest = Suggestions.Closest(name, keys.Of);
            // A misspelt column is one mistake: the required key it was meant to be is not also missing.
            _absentColumns.UnionWith(closest);
            Report(DiagnosticDescriptors.UnknownKey, key, shape.Name, name, NestedColumnHint(name, shape, keys) ?? Suggestions.DidYouMean(closest), Suggestions.List(keys.Of));
        }
        for (int p = 0; p < shape.Parameters.Count; p++)
        {
            string key = keys.Of[p];
            if (shape.Parameters[p].IsOptional || given.Contains(key) || !_absentColumns.Add(key) || !declaration.IsValid) continue;
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingColumn, new SourceLocation(_path, span), key, shape.Name, shape.Parameters[p].Type.Expectation));
        }
        _columns = columns;
    }

    /// <summary>
    /// For a dotted header (<c>size.widthMm</c>) whose first part is a column holding records, what to write instead: the
    /// record as JSON in one column. Null for any other header.
    /// </summary>
    private string? NestedColumnHint(string name, RecordShape shape, ShapeKeys keys)
    {
        int dot = name.IndexOf('.');
        if (dot <= 0 || !keys.TryGetValue(name.Substring(0, dot), out int parameter) || FormOf(shape.Parameters[parameter].Type) != CellForm.Json) return null;
        string column = name.Substring(0, dot), inner = name.Substring(dot + 1);
        return $" (a column does not reach into a record: '{column}' is one column, holding the record as JSON, e.g. {{\"{inner}\": ...}})";
    }

    /// <summary>How a column's cells read, from its parameter's type: a nullable reads as its value does.</summary>
    private CellForm FormOf(TypeShape type)
    {
        type = Unwrapped(type);
        if (type.Kind.ListElement(type, out _) is { } element) return IsStructured(Unwrapped(element)) ? CellForm.Json : CellForm.List;
        return IsStructured(type) ? CellForm.Json : type.Kind.IsWrittenAsList ? CellForm.List : CellForm.Text;
    }

    private static TypeShape Unwrapped(TypeShape type)
    {
        while (type.Kind.AcceptsNull && type.Element is not null) type = type.Element;
        return type;
    }

    /// <summary>
    /// Whether the type's kind reads the empty text as a value, asked of the kind itself. Spreadsheets write an empty
    /// field as <c>""</c> in number columns too, where it can only mean that nothing is there.
    /// </summary>
    private static bool TakesEmptyText(TypeShape type)
    {
        type = Unwrapped(type);
        return type.Kind is ScalarKind scalar && scalar.Write(string.Empty, plain: false, type, new global::SeedData.Generator.Image.ImageWriter(16)).Problem == ScalarProblem.None;
    }

    /// <summary>A record or a map: what a cell can only hold as JSON.</summary>
    private bool IsStructured(TypeShape type) => IsRecord(type.TypeName) || type.Kind is IContainerKind && type.Kind.ListElement(type, out _) is null;

    /// <summary>The row's cells as a record's entries, in <see cref="_cells"/>; false when a JSON cell could not be read (reported).</summary>
    [MethodImpl(Jit.Optimized)]
    private bool TryReadCells(List<CsvField> fields)
    {
        _cells.Clear();
        bool readable = true;
        for (int c = 0; c < _columns!.Length; c++)
        {
            var column = _columns[c];
            if (column.Parameter < 0) continue;
            var field = fields[c];
            if (field.Text.Length == 0 && !(field.IsQuoted && column.TakesEmptyText))
            {
                // An empty list cell is the empty list, as an export writes it, unless null is a value of the column.
                if (column.Form == CellForm.List && !column.IsNullable)
                {
                    _cells.Add(new DataEntry(column.Key, DataNode.Sequence(Array.Empty<DataNode>(), field.Span)));
                    continue;
                }
                // Any other empty cell is a missing value: the default, or, for a required parameter, null where the cell
                // is, which the parameter's kind reports there unless it is nullable.
                if (!column.IsOptional) _cells.Add(new DataEntry(column.Key, DataNode.Scalar(string.Empty, ScalarStyle.Plain, field.Span)));
                continue;
            }
            DataNode? value = column.Form switch
            {
                CellForm.List => ListCell(field),
                CellForm.Json => JsonCell(field, column),
                _ => DataNode.Cell(field.Text, field.Span),
            };
            if (value is null)
            {
                readable = false;
                continue;
            }
            _cells.Add(new DataEntry(column.Key, value));
        }
        return readable;
    }

    /// <summary>A list cell: its items between the ';', each with its own span. An empty item is a missing one (null).</summary>
    [MethodImpl(Jit.Optimized)]
    private DataNode ListCell(CsvField field)
    {
        string text = field.Text;
        var items = new List<DataNode>();
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != ';') continue;
            var span = Within(field, start, i);
            items.Add(i == start ? DataNode.Scalar(string.Empty, ScalarStyle.Plain, span) : DataNode.Cell(text.Substring(start, i - start), span));
            start = i + 1;
        }
        return DataNode.Sequence(items.ToArray(), field.Span);
    }

    /// <summary>
    /// A JSON cell, read by the strict JSON parser, every node and syntax error at its place in the file; null when it is
    /// not JSON (reported, with what to write).
    /// </summary>
    private DataNode? JsonCell(CsvField field, Column column)
    {
        string text = field.Text.TrimStart();
        if (text.Length == 0 || text[0] is not ('{' or '['))
        {
            var parameter = _declarations.Collections[_fileCollection].Shape.Parameters[column.Parameter];
            var cell = DataNode.Cell(field.Text, field.Span);
            WrongType(cell, parameter.Type, column.Key.Value!, "In a CSV or TSV file a record, a map or a list of records is written as JSON in its one cell, "
                + "such as {\"key\": \"value\"}; columns with dotted headers (" + column.Key.Value + ".key) are not read.");
            return null;
        }
        var (root, syntax) = JsonParser.Parse(_path, SourceText.From(field.Text), null, _cancellationToken);
        foreach (var error in syntax)
        {
            _diagnostics.Add(error.Location is { } location ? error with { Location = new SourceLocation(_path, Within(field, location.Span)) } : error);
        }
        return root is null ? null : InFile(root, field);
    }

    /// <summary>A node parsed from a cell's text, with its spans and its children's moved to where they are in the file.</summary>
    private DataNode InFile(DataNode node, CsvField field)
    {
        var span = Within(field, node.Span);
        switch (node.Kind)
        {
            case DataNodeKind.Sequence:
                var items = new DataNode[node.Items.Length];
                for (int i = 0; i < items.Length; i++) items[i] = InFile(node.Items[i], field);
                return DataNode.Sequence(items, span);
            case DataNodeKind.Mapping:
                var entries = new DataEntry[node.Entries.Length];
                for (int i = 0; i < entries.Length; i++) entries[i] = new DataEntry(InFile(node.Entries[i].Key, field), InFile(node.Entries[i].Value, field));
                return DataNode.Mapping(entries, span);
            default:
                return DataNode.Scalar(node.Value ?? string.Empty, node.Style, span);
        }
    }

    private SourceSpan Within(CsvField field, SourceSpan inner) => Within(field, inner.Start, inner.Start + inner.Length);

    /// <summary>The span in the file of the characters <paramref name="start"/> to <paramref name="end"/> of a field's text.</summary>
    private SourceSpan Within(CsvField field, int start, int end)
    {
        int from = field.OffsetOf(start), to = field.OffsetOf(end);
        if (field.Span.StartLine == field.Span.EndLine)
        {
            int column = field.Span.StartColumn - field.Span.Start;
            return new SourceSpan(from, to - from, field.Span.StartLine, from + column, field.Span.StartLine, to + column);
        }
        var first = _table!.Lines.GetLinePosition(from);
        var last = _table.Lines.GetLinePosition(to);
        return new SourceSpan(from, to - from, first.Line, first.Character, last.Line, last.Character);
    }

    /// <summary>SD0085: the first field past the header's columns, or the end of a row that stops short.</summary>
    private void ReportFieldCount(List<CsvField> fields, SourceSpan row)
    {
        int columns = _columns!.Length;
        string count = fields.Count.ToString(CultureInfo.InvariantCulture), expected = columns.ToString(CultureInfo.InvariantCulture);
        if (fields.Count > columns)
        {
            string hint = DataFileParser.FormatOf(_path) == DataFormat.Tsv
                ? "the fields from here on have no column. Remove them; a TSV field cannot hold a tab"
                : "the fields from here on have no column. Remove them, or put a field that holds a ',' in double quotes";
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.WrongFieldCount, new SourceLocation(_path, fields[columns].Span), count, expected, hint));
            return;
        }
        var missing = new List<string>();
        for (int c = fields.Count; c < columns && missing.Count < 3; c++) missing.Add("'" + _columns[c].Key.Value + "'");
        if (columns - fields.Count > missing.Count) missing.Add("...");
        var end = new SourceSpan(row.Start + row.Length, 0, row.EndLine, row.EndColumn, row.EndLine, row.EndColumn);
        _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.WrongFieldCount, new SourceLocation(_path, end), count, expected,
            "the row ends before " + string.Join(", ", missing) + ". Add the missing fields, empty where there is no value"));
    }
}
