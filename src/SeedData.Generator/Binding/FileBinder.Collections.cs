using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;
using SeedData.Generator.Diagnostics;
using SeedData.Generator.Model;
using SeedData.Generator.Parsing;

namespace SeedData.Generator.Binding;

/// <summary>
/// Files that hold one collection whole, as published data comes: the root is a list of records, or a mapping from
/// each record's key to its other keys; and the key naming a file spells its keys in.
/// </summary>
internal sealed partial class FileBinder
{
    /// <summary>The file's key naming: its KeyNaming metadata (an unknown spelling reported), else the dataset's.</summary>
    private KeyNaming NamingOf(DataFileOptions options)
    {
        var dataset = _declarations.Dataset?.KeyNaming ?? KeyNaming.CamelCase;
        if (options.KeyNaming is not { } text) return dataset;
        if (KeyNamings.TryParse(text, out var naming)) return naming;
        _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownKeyNaming, FileLocation,
            text, "the KeyNaming metadata of the SeedDataFile item '" + System.IO.Path.GetFileName(_path) + "'"));
        return dataset;
    }

    /// <summary>The one collection the file holds (see <see cref="_fileCollection"/>); an unknown one is reported here, once.</summary>
    private int FileCollectionOf(DataFileOptions options)
    {
        bool isTable = DataFileParser.FormatOf(_path) is DataFormat.Csv or DataFormat.Tsv;
        string? name = options.Collection ?? (isTable ? System.IO.Path.GetFileNameWithoutExtension(_path) : null);
        if (name is null) return -1;
        if (_collectionIndex.TryGetValue(name, out int index)) return index;
        // A name a [SeedRecord] declares but that makes no collection: its declaration has the error.
        if (_declarations.UnusableCollections.Items.Contains(name)) return -2;
        var known = new List<string>();
        foreach (var collection in _declarations.Collections) known.Add(collection.Name);
        _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownFileCollection, FileLocation,
            System.IO.Path.GetFileName(_path), name, options.Collection is null ? "named by the file's name" : "named by its Collection metadata",
            Suggestions.DidYouMean(name, known), Suggestions.List(known)));
        return -2;
    }

    private SourceLocation FileLocation => new(_path, default);

    /// <summary>The root of a file of one collection: a list of records, or a mapping from their keys to records.</summary>
    private void BindCollectionRoot(DataNode root)
    {
        if (_fileCollection < 0) return;
        var declaration = _declarations.Collections[_fileCollection];
        if (root.Kind == DataNodeKind.Sequence)
        {
            // Empty when the parser handed the items over one by one.
            foreach (var item in root.Items) BindItem(_fileCollection, item);
            return;
        }
        if (root.Kind != DataNodeKind.Mapping)
        {
            Report(DiagnosticDescriptors.UnexpectedShape, root, $"a list of {declaration.Shape.Name} records, or a mapping from each record's {KeysOf(declaration.Shape).IdKey} to its other keys",
                root.Describe(), $"This file holds the '{declaration.Name}' collection whole: write its records as a list ('- {KeysOf(declaration.Shape).IdKey}: ...'), or each under its key ('key:' then its values).");
            return;
        }
        if (declaration.Shape.RecordKey.Fields.Count > 1)
        {
            // A composite key is several values, and a mapping key one: its records are a list, or their file is a mapping of collection names.
            string fields = string.Join(" and ", declaration.Shape.RecordKey.Fields.Items.Select(KeyOf));
            Report(DiagnosticDescriptors.UnexpectedShape, root, $"a list of {declaration.Shape.Name} records", "a mapping from keys to records",
                $"The records of '{declaration.Name}' are keyed by {fields}, a composite key, which one key of a mapping cannot hold: write them as a list, "
                + $"each with its {fields} ('- {KeysOf(declaration.Shape).IdKey}: ...').");
            return;
        }
        foreach (var entry in root.Entries)
        {
            // A key that is a list or mapping was reported by the parser (SD0006); "$schema" names the file's schema.
            if (entry.Key.Kind != DataNodeKind.Scalar || entry.Key.Value == "$schema") continue;
            var span = RecordSpan(entry.Key, entry.Value);
            // A key with nothing under it is a record with no keys but its id.
            var record = entry.Value.IsNull ? DataNode.Mapping(System.Array.Empty<DataEntry>(), entry.Value.Span) : entry.Value;
            if (record.Kind != DataNodeKind.Mapping)
            {
                Report(DiagnosticDescriptors.UnexpectedShape, record, $"a {declaration.Shape.Name} record (a mapping)", record.Describe(),
                    "Write the record's keys and values under its key, indented, or as {key: value, ...}.");
                AddUnreadRecord(_fileCollection, entry.Key, span);
                continue;
            }
            AddRecord(_fileCollection, declaration, record, span, key: entry.Key);
        }
    }

    // A file of one collection that failed to parse: its records' keys (each at the start of a line, before ':') or
    // their ids (after the id key, in a list), as IdRecovery finds a file of collection names' ids.
    private static readonly Regex YamlRootKey = new(@"^(?<id>""[^""\r\n]*""|'[^'\r\n]*'|[^\s#'""\-\[\]{},][^:\r\n]*?)[ \t]*:(?=[ \t]|\r?$)", RegexOptions.CultureInvariant | RegexOptions.Multiline);
    private static readonly Regex JsonRootKey = new(@"^[ \t]{0,2}""(?<id>(?:[^""\\\r\n]|\\.)*)""\s*:\s*(?=[{n])", RegexOptions.CultureInvariant | RegexOptions.Multiline);

    /// <summary>
    /// The ids a file of one collection that failed to parse would have declared, from its text alone (see
    /// <see cref="IdRecovery"/>): a list's ids after their key, or a keyed mapping's keys. A guess, never reported on.
    /// </summary>
    private IEnumerable<(string Collection, string Id, SourceSpan Span)> RecoveredCollectionIds(SourceText text, DataFormat format)
    {
        string content = text.ToString();
        string name = _declarations.Collections[_fileCollection].Name;
        string idKey = Regex.Escape(KeysOf(_declarations.Collections[_fileCollection].Shape).IdKey);
        bool list = format == DataFormat.Json ? content.TrimStart('\uFEFF', ' ', '\t', '\r', '\n').StartsWith("[", System.StringComparison.Ordinal)
            : Regex.IsMatch(content, @"^-(?:[ \t]|\r?$)", RegexOptions.Multiline);
        var ids = list
            ? new Regex(format == DataFormat.Json
                ? @"""" + idKey + @"""\s*:\s*""(?<id>(?:[^""\\\r\n]|\\.)*)"""
                // A '#' starts a comment only after a space, so C# is an id.
                : @"(^[ \t]*(-[ \t]+)?|[{,][ \t]*)" + idKey + @"[ \t]*:[ \t]*(?<id>""[^""\r\n]*""|'[^'\r\n]*'|[^\s,{}\[\]#](?:[^,{}\[\]#\r\n]|(?<![ \t])#)*?)[ \t]*(?=[,}]|[ \t]+#|\r?$)",
                RegexOptions.CultureInvariant | RegexOptions.Multiline)
            : format == DataFormat.Json ? JsonRootKey : YamlRootKey;
        foreach (Match match in ids.Matches(content))
        {
            var group = match.Groups["id"];
            string id = group.Value.Trim();
            if (id.Length >= 2 && (id[0] == '"' && id[id.Length - 1] == '"' || id[0] == '\'' && id[id.Length - 1] == '\'')) id = id.Substring(1, id.Length - 2);
            var start = text.Lines.GetLinePosition(group.Index);
            var end = text.Lines.GetLinePosition(group.Index + group.Length);
            yield return (name, id, new SourceSpan(group.Index, group.Length, start.Line, start.Character, end.Line, end.Character));
        }
    }

    /// <summary>
    /// A record whose values could not be read, counted by its id so that references to it, and its named member, do not
    /// become errors of their own.
    /// </summary>
    /// <param name="id">The record's id, or the value of its one [SeedKey] field (by its canonical text; none when it is not one).</param>
    private void AddUnreadRecord(int collection, DataNode id, SourceSpan span)
    {
        if (id.Kind != DataNodeKind.Scalar || id.IsNull || string.IsNullOrWhiteSpace(id.Value)) return;
        string? identity = id.Value!;
        var key = _declarations.Collections[collection].Shape.RecordKey;
        if (key.Fields.Count > 1) return;
        if (key.Fields.Count == 1) identity = key.Fields[0].Type.Kind.KeyText(DataNode.Cell(identity, id.Span), key.Fields[0].Type);
        if (identity is not null) AddUnreadRecord(collection, identity, id.Span, span);
    }

    /// <param name="identity">The canonical text of the record's key (its id for a record keyed by its Id).</param>
    private void AddUnreadRecord(int collection, string identity, SourceSpan idSpan, SourceSpan span)
        => _records.Add(new RecordEntry(collection, Name(identity), idSpan, span.StartLine + 1, NameSlice.None, _pieces.Count, _writer.Length, 0,
            _references.Count, 0, IsValid: false, Span: span));

    /// <summary>The key node of the entry <paramref name="key"/> of a mapping, or null.</summary>
    private static DataNode? KeyNode(DataNode mapping, string key)
    {
        foreach (var entry in mapping.Entries)
        {
            if (entry.Key.Value == key) return entry.Key;
        }
        return null;
    }

    /// <summary>A record's span: from where <paramref name="start"/> starts to where the content of <paramref name="record"/> ends.</summary>
    private static SourceSpan RecordSpan(DataNode start, DataNode record)
    {
        SourceSpan first = start.Span, last = ContentEnd(record);
        int end = last.Start + last.Length;
        return end >= first.Start
            ? new SourceSpan(first.Start, end - first.Start, first.StartLine, first.StartColumn, last.EndLine, last.EndColumn)
            : first;
    }

    /// <summary>
    /// The span of the last scalar or empty collection within <paramref name="node"/>: where its content ends. A YAML
    /// block collection's own span runs on to the next token, over comments and blank lines, which are no part of the
    /// record (and whose editing should not move it).
    /// </summary>
    private static SourceSpan ContentEnd(DataNode node)
    {
        while (true)
        {
            if (node.Kind == DataNodeKind.Mapping && node.Entries.Length > 0) node = node.Entries[node.Entries.Length - 1].Value;
            else if (node.Kind == DataNodeKind.Sequence && node.Items.Length > 0) node = node.Items[node.Items.Length - 1];
            else return node.Span;
        }
    }
}
