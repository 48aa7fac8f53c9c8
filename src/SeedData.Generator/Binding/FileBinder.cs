using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using SeedData.Generator.Declarations;
using SeedData.Generator.Diagnostics;
using SeedData.Generator.Image;
using SeedData.Generator.Kinds;
using SeedData.Generator.Model;
using SeedData.Generator.Parsing;

namespace SeedData.Generator.Binding;

/// <summary>
/// The bind room, one file at a time: parses a data file, checks every record against its declared shape and
/// writes the values straight into the data image format. It reports every error it finds, not just the first;
/// a record with an error keeps its id (so references to it do not cascade) but none of its bytes.
/// </summary>
internal sealed partial class FileBinder : IRecordSink, IBindScope
{
    /// <summary>YAML 1.1's merge key (<c>&lt;&lt;: *defaults</c>), which YAML 1.2 has not.</summary>
    private const string MergeKey = "<<";

    // The first of these parameters (camelCase) a record has names it in its named member's docs.
    private static readonly string[] TitleKeys = { "name", "title", "summary", "description", "label" };

    private readonly string _path;
    private readonly DatasetDeclarations _declarations;
    // How this file spells keys: its KeyNaming metadata, else the dataset's.
    private readonly KeyNaming _naming;
    // The one collection the whole file holds (Collection metadata, or a CSV file's name); -1 for a file of
    // collection names; -2 for one whose collection is unknown (reported once).
    private readonly int _fileCollection = -1;
    private readonly CancellationToken _cancellationToken;
    private readonly List<DiagnosticInfo> _diagnostics = new();
    private readonly List<RecordEntry> _records = new();
    private readonly List<ReferenceEntry> _references = new();
    private readonly List<ValueCheck> _checks = new();
    // The piece of the image being written; full pieces move to _pieces (see BoundFile.PieceLength).
    private ImageWriter _writer = new(4096);
    // Where the values of a record's index parts are written, apart from the record: the linker sorts them.
    private readonly ImageWriter _indexWriter = new(256);
    private readonly List<IndexEntry> _indexEntries = new();
    // The values of the top-level record being written that its indexes refer to in place (ValueKind.IndexedInPlace):
    // each one's index and part, its node and type, and where in _writer its image starts once written (-1 until then).
    private readonly List<(int Index, int Part, DataNode Node, TypeShape Type, int At)> _inPlace = new();
    private readonly List<string> _pieces = new();
    // The ids and titles of the records and the ids that references name (see BoundFile.Names): the piece being
    // written, and the full ones.
    private readonly StringBuilder _names = new();
    private readonly List<string> _namePieces = new();
    private readonly Dictionary<RecordShape, ShapeKeys> _keys = new(ReferenceComparer<RecordShape>.Instance);
    private readonly Dictionary<TypeShape, int> _targets = new(ReferenceComparer<TypeShape>.Instance);
    // Per nesting depth, the value given for each parameter of the mapping being written there.
    private readonly List<DataNode?[]> _given = new();
    private readonly Dictionary<string, int> _collectionIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RecordShape> _nestedShapes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _seenCollections = new(StringComparer.Ordinal);
    // The top-level keys whose lists the parser handed over item by item, and the collection of the list being read.
    private readonly HashSet<DataNode> _streamedKeys = new();
    private int _streaming = -1;
    // The title of the top-level record being written: its name, title or summary.
    private string? _title;
    // The nesting depth of the record being written: 0 for a top-level record.
    private int _depth;
    // The top-level record being written: its collection and id.
    private int _collection;
    private string _recordId = string.Empty;
    // Inside a node that an alias repeats, the alias: what is wrong there is reported where the alias uses it.
    private SourceSpan? _alias;

    private FileBinder(string path, DataFileOptions options, DatasetDeclarations declarations, CancellationToken cancellationToken)
    {
        _path = path;
        _declarations = declarations;
        _cancellationToken = cancellationToken;
        for (int i = 0; i < declarations.Collections.Count; i++) _collectionIndex[declarations.Collections[i].Name] = i;
        foreach (var shape in declarations.NestedShapes) _nestedShapes[shape.TypeName] = shape;
        _naming = NamingOf(options);
        _fileCollection = FileCollectionOf(options);
    }

    /// <summary>
    /// Parses and binds one file. Whatever happens, the result is a diagnostic, never an exception: an exception
    /// would become warning CS8785 and hide every other file's errors.
    /// </summary>
    public static BoundFile Bind(string path, SourceText? text, DataFileOptions options, DatasetDeclarations declarations, CancellationToken cancellationToken)
    {
        try
        {
            return BindFile(path, text, options, declarations, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var failure = DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, new SourceLocation(path, default),
                "while reading this file", ex.GetType().Name, ex.Message);
            return new BoundFile(path, IsComplete: false, EquatableArray<RecordEntry>.Empty, EquatableArray<ReferenceEntry>.Empty,
                EquatableArray<string>.Empty, EquatableArray<string>.Empty, ImmutableArray.Create(failure));
        }
    }

    private static BoundFile BindFile(string path, SourceText? text, DataFileOptions options, DatasetDeclarations declarations, CancellationToken cancellationToken)
    {
        var binder = new FileBinder(path, options, declarations, cancellationToken);
        if (DataFileParser.FormatOf(path) is DataFormat.Csv or DataFormat.Tsv) return binder.Result(binder.BindTable(text));
        var parsed = DataFileParser.Parse(path, text, cancellationToken, binder);
        // The parser's own diagnostics go first, then those of the records it handed over as it read them.
        binder._diagnostics.InsertRange(0, parsed.Diagnostics);
        if (parsed.Root is not null) binder.BindRoot(parsed.Root);
        else if (text is not null) binder.RecoverIds(text, parsed.Format);
        return binder.Result(parsed.Root is not null);
    }

    /// <summary>The file as bound; <paramref name="isComplete"/> false when some of its records could not be read.</summary>
    private BoundFile Result(bool isComplete)
        => new(
            _path,
            isComplete,
            _records.ToEquatableArray(),
            _references.ToEquatableArray(),
            Pieces(_namePieces, _names.ToString()),
            Pieces(_pieces, _writer.ToString()),
            _diagnostics.ToEquatableArray(),
            _checks.ToEquatableArray(),
            _indexEntries.ToEquatableArray());

    private NameSlice Name(string name)
    {
        var slice = new NameSlice(_namePieces.Count, _names.Length, name.Length);
        _names.Append(name);
        return slice;
    }

    /// <summary>A name written so far, whether its piece is full or still being written.</summary>
    private string NameText(NameSlice name)
        => name.Piece < _namePieces.Count ? _namePieces[name.Piece].Substring(name.Start, name.Length) : _names.ToString(name.Start, name.Length);

    private static EquatableArray<string> Pieces(List<string> full, string last)
    {
        if (last.Length > 0) full.Add(last);
        return full.ToEquatableArray();
    }

    bool IRecordSink.BeginList(DataNode key)
    {
        // In a file of one collection, a top-level list is a keyed record written wrong: kept whole, and reported.
        if (_fileCollection != -1) return false;
        _streamedKeys.Add(key);
        // A '$' key ($schema, or a comment of the file's own) is no collection, whatever its value: its items are skipped.
        _streaming = key.Value is { } name && name.StartsWith("$", StringComparison.Ordinal) ? -1 : CollectionOf(key);
        return true;
    }

    bool IRecordSink.BeginRootList()
    {
        if (_fileCollection == -1) return false;
        _streaming = _fileCollection;
        return true;
    }

    void IRecordSink.Item(DataNode item)
    {
        if (_streaming >= 0) BindItem(_streaming, item);
    }

    void IRecordSink.EndDocument(DataNode root)
    {
        // A document of a multi-document YAML stream: bound now, and the next one may name the same collections.
        BindRoot(root);
        _seenCollections.Clear();
        _streamedKeys.Clear();
    }

    /// <summary>What the parser did not hand over item by item: the root itself, and top-level values that are not lists.</summary>
    private void BindRoot(DataNode root)
    {
        if (_fileCollection != -1)
        {
            BindCollectionRoot(root);
            return;
        }
        if (root.Kind != DataNodeKind.Mapping)
        {
            Report(DiagnosticDescriptors.UnexpectedShape, root, "a mapping from collection names to lists of records", root.Describe(),
                _declarations.Collections.Count == 0
                    ? "Start the file with the name of a collection declared with [SeedRecord(\"name\")], followed by a list of records."
                    : $"Start the file with a collection name, e.g. '{_declarations.Collections[0].Name}:', followed by a list of records.");
            return;
        }
        foreach (var entry in root.Entries)
        {
            if (_streamedKeys.Contains(entry.Key) || IsMetadata(entry)) continue;
            int index = CollectionOf(entry.Key);
            if (index < 0 || entry.Value.IsNull) continue;
            if (entry.Value.Kind != DataNodeKind.Sequence)
            {
                Report(DiagnosticDescriptors.UnexpectedShape, entry.Value, $"a list of {_declarations.Collections[index].Shape.Name} records", entry.Value.Describe(),
                    "Write each record as a list item starting with '- id: ...'.");
                continue;
            }
            foreach (var item in entry.Value.Items) BindItem(index, item);
        }
    }

    /// <summary>
    /// The ids of the records a file that failed to parse did not hand over (see <see cref="IdRecovery"/>): those after
    /// the last record it did, which a file broken at its end (an unclosed list, say) has few of.
    /// </summary>
    private void RecoverIds(SourceText text, DataFormat format)
    {
        if (_fileCollection == -2) return;
        int from = _records.Count == 0 ? 0 : _records[_records.Count - 1].IdSpan.Start + _records[_records.Count - 1].IdSpan.Length;
        HashSet<(int, string)>? bound = null;
        foreach (var (name, id, span) in _fileCollection >= 0 ? RecoveredCollectionIds(text, format) : IdRecovery.Ids(text, format, from))
        {
            if (!_collectionIndex.TryGetValue(name, out int collection) || id.Length == 0) continue;
            if (bound is null)
            {
                bound = new HashSet<(int, string)>();
                foreach (var record in _records) bound.Add((record.Collection, NameText(record.Id)));
            }
            if (!bound.Add((collection, id))) continue;
            _records.Add(new RecordEntry(collection, Name(id), span, span.StartLine + 1, NameSlice.None, _pieces.Count, _writer.Length, 0, _references.Count, 0, IsValid: false, IsRecovered: true));
        }
    }

    /// <summary>
    /// A top-level key that is not a collection: <c>$schema</c> (or any key starting with <c>$</c>), and the text
    /// <c>version</c> and <c>contentHash</c> that JSON exports carry, so that an export reads back as a data file.
    /// </summary>
    private static bool IsMetadata(DataEntry entry)
        => entry.Key.Value is { } key && (key.StartsWith("$", StringComparison.Ordinal)
            || key is "version" or "contentHash" && entry.Value.Kind == DataNodeKind.Scalar);

    /// <summary>The collection a top-level key names, or -1 (reported) for a repeated or unknown key.</summary>
    private int CollectionOf(DataNode key)
    {
        // A list or mapping as a key names nothing; the parser has reported it (SD0006), once.
        if (key.Kind != DataNodeKind.Scalar) return -1;
        string name = key.Value ?? string.Empty;
        if (!_seenCollections.Add(name))
        {
            Report(DiagnosticDescriptors.DuplicateKey, key, name);
            return -1;
        }
        if (_collectionIndex.TryGetValue(name, out int index)) return index;
        // A name a [SeedRecord] declares but that makes no collection: its declaration has the error.
        if (_declarations.UnusableCollections.Items.Contains(name)) return -1;
        var known = new List<string>();
        foreach (var collection in _declarations.Collections) known.Add(collection.Name);
        Report(DiagnosticDescriptors.UnknownCollection, key, name, Suggestions.DidYouMean(name, known), Suggestions.List(known));
        return -1;
    }

    private void BindItem(int collection, DataNode item)
    {
        // The streamed root list of a file whose collection is unknown: reported once, at the file.
        if (collection < 0) return;
        _cancellationToken.ThrowIfCancellationRequested();
        var declaration = _declarations.Collections[collection];
        if (item.Kind != DataNodeKind.Mapping)
        {
            Report(DiagnosticDescriptors.UnexpectedShape, item, $"a {declaration.Shape.Name} record (a mapping)", item.Describe(),
                $"Write the record as keys and values, starting with '{KeysOf(declaration.Shape).IdKey}: ...'.");
            return;
        }
        AddRecord(collection, declaration, item, RecordSpan(item, item));
    }

    /// <param name="key">
    /// In a keyed mapping, the record's key: its id, or its one [SeedKey] field; null where the record's own keys hold it.
    /// </param>
    /// <param name="span">The record in the file: the mapping, the key and its mapping, or the CSV row.</param>
    [MethodImpl(Jit.Optimized)]
    private void AddRecord(int collectionIndex, CollectionDeclaration collection, DataNode mapping, SourceSpan span, DataNode? key = null)
    {
        var recordKey = collection.Shape.RecordKey;
        if (!recordKey.IsId)
        {
            AddKeyedRecord(collectionIndex, collection, mapping, span, recordKey, key);
            return;
        }
        var keys = KeysOf(collection.Shape);
        DataNode? idNode = key ?? mapping.Get(keys.IdKey);
        if (idNode is null)
        {
            // A collection whose declaration has errors gets none of its own: a record without an id, of a type
            // that may have no Id yet, is left out.
            if (collection.IsValid) Report(DiagnosticDescriptors.MissingRequiredKey, mapping, collection.Shape.Name, keys.IdKey, "text");
            return;
        }
        if (idNode.Kind != DataNodeKind.Scalar || idNode.IsNull || string.IsNullOrWhiteSpace(idNode.Value))
        {
            if (collection.IsValid) Report(DiagnosticDescriptors.InvalidId, idNode, idNode.Value ?? string.Empty, $"an id must be non-empty text, not {idNode.Describe()}");
            return;
        }

        AddRecord(collectionIndex, collection, mapping, span, idNode.Value!, idNode, key is null ? null : KeyNode(mapping, keys.IdKey), keys.IdKey);
    }

    /// <summary>
    /// A record keyed by its [SeedKey] fields: its identity is their canonical text. A field that is missing or not a
    /// key is reported where its value is bound, and the record is left out. In a keyed mapping, the mapping's key is
    /// the value of the one key field (a composite key cannot be one key: <see cref="BindCollectionRoot"/> says so).
    /// </summary>
    private void AddKeyedRecord(int collectionIndex, CollectionDeclaration collection, DataNode mapping, SourceSpan span, KeyShape key, DataNode? entryKey)
    {
        DataNode? keyValue = null, twice = null;
        string? twiceKey = null;
        if (entryKey is not null && key.Fields.Count == 1)
        {
            // The mapping's key, read as the field's value: a cell's text, so that 12 or "12" alike is a whole number.
            twiceKey = KeyOf(key.Fields[0]);
            keyValue = DataNode.Cell(entryKey.Value ?? string.Empty, entryKey.Span);
            twice = KeyNode(mapping, twiceKey);
            if (twice is null)
            {
                var entries = new DataEntry[mapping.Entries.Length + 1];
                entries[0] = new DataEntry(DataNode.Scalar(twiceKey, ScalarStyle.Plain, entryKey.Span), keyValue);
                System.Array.Copy(mapping.Entries, 0, entries, 1, mapping.Entries.Length);
                mapping = DataNode.Mapping(entries, mapping.Span);
            }
        }
        var parts = new List<string>(key.Fields.Count);
        DataNode? first = null;
        foreach (var field in key.Fields)
        {
            var node = keyValue ?? mapping.Get(KeyOf(field));
            first ??= node;
            if (node is not null && field.Type.Kind.KeyText(node, field.Type) is { } text) parts.Add(text);
        }
        if (parts.Count == key.Fields.Count)
        {
            AddRecord(collectionIndex, collection, mapping, span, string.Join(KeyShape.Separator.ToString(), parts), first!, twice, twiceKey);
            return;
        }
        // Bound for its errors only: the missing or wrong key field among them.
        int offset = _writer.Length, firstReference = _references.Count, firstCheck = _checks.Count, names = _names.Length;
        if (collection.IsValid) WriteRecord(mapping, collection.Shape, isTopLevel: true, depth: 0);
        if (twice is not null && collection.IsValid) Report(DiagnosticDescriptors.IdGivenTwice, twice, entryKey!.Value ?? string.Empty, twiceKey!);
        _writer.Truncate(offset);
        _references.RemoveRange(firstReference, _references.Count - firstReference);
        _checks.RemoveRange(firstCheck, _checks.Count - firstCheck);
        _names.Length = names;
    }

    /// <param name="twice">
    /// In a keyed mapping, the record's own key <paramref name="twiceKey"/> that its mapping key already gives (its id,
    /// or its key field), reported there; the record is then not read.
    /// </param>
    [MethodImpl(Jit.Optimized)]
    private void AddRecord(int collectionIndex, CollectionDeclaration collection, DataNode mapping, SourceSpan span, string identity, DataNode identityNode,
        DataNode? twice = null, string? twiceKey = null)
    {
        int offset = _writer.Length;
        int firstReference = _references.Count;
        int firstCheck = _checks.Count;
        _title = null;
        (_collection, _recordId) = (collectionIndex, identity);
        // A record an alias repeats is, for its id and its errors, where the alias is.
        var alias = _alias;
        if (mapping.IsAlias) _alias ??= mapping.Span;
        // A collection whose declaration has errors is listed, not read: every record would fail the same way.
        if (collection.Shape.Indexes.Count > 0) WatchInPlace(collection.Shape, mapping);
        bool valid = collection.IsValid && WriteRecord(mapping, collection.Shape, isTopLevel: true, depth: 0);
        var idSpan = _alias ?? identityNode.Span;
        _alias = alias;
        if (twice is not null)
        {
            if (collection.IsValid) Report(DiagnosticDescriptors.IdGivenTwice, twice, identityNode.Value ?? identity, twiceKey ?? twice.Value ?? string.Empty);
            valid = false;
        }
        // A record with an error keeps no bytes and no values to check. Its references stay, so that an unknown one is
        // reported too: every error of a build, not one per record.
        if (!valid)
        {
            _writer.Truncate(offset);
            _checks.RemoveRange(firstCheck, _checks.Count - firstCheck);
        }
        if (valid && collection.Shape.Indexes.Count > 0) AddIndexEntries(_records.Count, collection.Shape, mapping, offset);
        _records.Add(new RecordEntry(
            collectionIndex,
            Name(identity),
            idSpan,
            span.StartLine + 1,
            _title is null ? NameSlice.None : Name(_title),
            _pieces.Count,
            offset,
            _writer.Length - offset,
            firstReference,
            _references.Count - firstReference,
            valid,
            Span: span));
        // Between records, full pieces move out: a record's bytes and names are each in one piece.
        if (_writer.Length >= BoundFile.PieceLength)
        {
            _pieces.Add(_writer.ToString());
            _writer.Truncate(0);
        }
        if (_names.Length >= BoundFile.PieceLength)
        {
            _namePieces.Add(_names.ToString());
            _names.Clear();
        }
    }


    /// <summary>Writes a mapping as a record's parameters, in declaration order; false if any part had an error.</summary>
    [MethodImpl(Jit.Optimized)]
    private bool WriteRecord(DataNode mapping, RecordShape shape, bool isTopLevel, int depth)
    {
        _depth = depth;
        var keys = KeysOf(shape);
        var given = Given(depth, shape.Parameters.Count);
        bool ok = true;
        HashSet<string>? unknown = null;
        // The keys that unknown keys were suggested as: a required key among them is missing because it is misspelt,
        // and the unknown key's error (with its did-you-mean) is the one error.
        HashSet<string>? suggested = null;
        foreach (var entry in mapping.Entries)
        {
            if (entry.Key.Kind != DataNodeKind.Scalar)
            {
                // Reported by the parser (SD0006); not again as an unknown or duplicate key ''.
                ok = false;
                continue;
            }
            string key = entry.Key.Value ?? string.Empty;
            if (keys.TryGetValue(key, out int parameter))
            {
                if (given[parameter] is not null)
                {
                    Report(DiagnosticDescriptors.DuplicateKey, entry.Key, key);
                    ok = false;
                    continue;
                }
                given[parameter] = entry.Value;
                continue;
            }
            if (!(unknown ??= new HashSet<string>(StringComparer.Ordinal)).Add(key))
            {
                Report(DiagnosticDescriptors.DuplicateKey, entry.Key, key);
            }
            else if (key == MergeKey && entry.Key.Style == ScalarStyle.Plain)
            {
                // YAML 1.1's merge key, which YAML 1.2 reads as a plain key: the keys it would have merged are not
                // missing on top of it.
                var names = new List<string>();
                foreach (var p in shape.Parameters) names.Add(p.Key);
                (suggested ??= new HashSet<string>(StringComparer.Ordinal)).UnionWith(names);
                Report(DiagnosticDescriptors.UnknownKey, entry.Key, shape.Name, key,
                    " (a merge key of YAML 1.1: SeedData reads YAML 1.2, which merges nothing; write the keys out in this record)", Suggestions.List(names));
            }
            else
            {
                var names = new List<string>(keys.Of);
                var closest = Suggestions.Closest(key, names);
                (suggested ??= new HashSet<string>(StringComparer.Ordinal)).UnionWith(closest);
                Report(DiagnosticDescriptors.UnknownKey, entry.Key, shape.Name, key, Suggestions.DidYouMean(closest), Suggestions.List(names));
            }
            ok = false;
        }

        if (isTopLevel && keys.TitleParameter >= 0 && given[keys.TitleParameter] is { Kind: DataNodeKind.Scalar, IsNull: false } title)
        {
            _title = title.Value;
        }
        for (int i = 0; i < shape.Parameters.Count; i++)
        {
            var parameter = shape.Parameters[i];
            DataNode? value = given[i];
            given[i] = null;
            // A top-level record's id is kept apart from its values, so that lookups by id read ids alone.
            if (isTopLevel && shape.RecordKey.IsId && parameter.Name == "Id") continue;
            if (value is null)
            {
                if (parameter.IsOptional)
                {
                    _writer.WriteFlag(false);
                }
                else
                {
                    string missing = keys.Of[i];
                    if ((suggested is null || !suggested.Contains(missing)) && !(isTopLevel && _absentColumns.Contains(missing)))
                        Report(DiagnosticDescriptors.MissingRequiredKey, mapping, shape.Name, missing, parameter.Type.Expectation);
                    ok = false;
                }
                continue;
            }
            if (!parameter.IsOptional)
            {
                int at = _writer.Length;
                ok &= Bind(value, parameter.Type, keys.Of[i]);
                if (_inPlace.Count > 0) Placed(value, parameter.Type, at);
                continue;
            }
            int flag = _writer.Length;
            _writer.WriteFlag(true);
            bool written = Bind(value, parameter.Type, keys.Of[i]);
            ok &= written;
            if (written && parameter.DefaultImage is { } defaultImage && _writer.EndsWith(flag + 1, defaultImage))
            {
                // The default, written out: the same image as the key left out, so an export (which writes every
                // value) and the file it came from have one content hash.
                _writer.Truncate(flag);
                _writer.WriteFlag(false);
            }
            else if (_inPlace.Count > 0)
            {
                Placed(value, parameter.Type, flag + 1);
            }
        }
        return ok;
    }

    private DataNode?[] Given(int depth, int count)
    {
        while (_given.Count <= depth) _given.Add(Array.Empty<DataNode?>());
        if (_given[depth].Length < count) _given[depth] = new DataNode?[count];
        return _given[depth];
    }

    /// <summary>
    /// Notes the values of a top-level record that its indexes will refer to in place, so that writing the record notes
    /// where each one's image starts (<see cref="Placed"/>).
    /// </summary>
    private void WatchInPlace(RecordShape shape, DataNode mapping)
    {
        _inPlace.Clear();
        for (int i = 0; i < shape.Indexes.Count; i++)
        {
            for (int p = 0; p < shape.Indexes[i].Parts.Count; p++)
            {
                var part = shape.Indexes[i].Parts[p];
                if (part.Type.Kind.IndexedInPlace(part.Type) && Locate(mapping, shape, part).Node is { } node) _inPlace.Add((i, p, node, part.Type, -1));
            }
        }
    }

    /// <summary>A value of the record being written, just written at <paramref name="at"/>: where it is, if an index refers to it in place.</summary>
    private void Placed(DataNode node, TypeShape type, int at)
    {
        for (int i = 0; i < _inPlace.Count; i++)
        {
            // One node may hold two parameters' values (a YAML alias): each of its own type, so of its own image.
            if (ReferenceEquals(_inPlace[i].Node, node) && _inPlace[i].Type.Equals(type)) _inPlace[i] = _inPlace[i] with { At = at };
        }
    }

    /// <summary>The value of part <paramref name="part"/> of index <paramref name="index"/> and where its image starts, if the record holds it in place.</summary>
    private (DataNode? Node, int At) PlaceOf(int index, int part)
    {
        foreach (var placed in _inPlace)
        {
            if (placed.Index == index && placed.Part == part && placed.At >= 0) return (placed.Node, placed.At);
        }
        return (null, -1);
    }

    /// <summary>
    /// The values of a valid record's index parts, for the linker to sort by: each part's value as its kind orders it,
    /// and its image, which the generated index reads back. A part held in place (text) is a varint: its image's place
    /// among the record's values (after its key) + 1, or 0 and its image where the record does not hold it (a default).
    /// Any other part is its image. A part left out has its parameter's default.
    /// </summary>
    /// <param name="recordStart">Where in <c>_writer</c> the record's values start.</param>
    private void AddIndexEntries(int record, RecordShape shape, DataNode mapping, int recordStart)
    {
        var records = _writer;
        _writer = _indexWriter;
        for (int i = 0; i < shape.Indexes.Count; i++)
        {
            _indexWriter.Truncate(0);
            var values = new OrderValue[shape.Indexes[i].Parts.Count];
            bool ok = true;
            for (int p = 0; p < values.Length; p++)
            {
                var part = shape.Indexes[i].Parts[p];
                bool inPlace = part.Type.Kind.IndexedInPlace(part.Type);
                if (inPlace && PlaceOf(i, p) is ({ } placed, var at))
                {
                    values[p] = part.Type.Kind.OrderOf(placed, part.Type) ?? default;
                    _indexWriter.WriteVarint((ulong)(at - recordStart) + 1);
                    continue;
                }
                if (inPlace) _indexWriter.WriteVarint(0);
                var (node, parameter) = Locate(mapping, shape, part);
                if (node is not null)
                {
                    values[p] = part.Type.Kind.OrderOf(node, part.Type) ?? default;
                    ok &= Bind(node, part.Type, parameter!.KeyIn(_naming));
                }
                else if (parameter is { DefaultImage: { } image })
                {
                    values[p] = DefaultOrder(parameter);
                    _indexWriter.Write(image, 0, image.Length);
                }
                else
                {
                    ok = false;
                }
            }
            if (ok) _indexEntries.Add(new IndexEntry(record, i, values.ToEquatableArray(), _indexWriter.ToString()));
        }
        _writer = records;
    }

    /// <summary>An index part's value in a record, and its parameter (for a default when the data leaves it out).</summary>
    private (DataNode? Node, ParameterShape? Parameter) Locate(DataNode mapping, RecordShape shape, IndexPart part)
    {
        DataNode? node = mapping;
        ParameterShape? parameter = null;
        for (int step = 0; step < part.Path.Count; step++)
        {
            parameter = null;
            foreach (var candidate in shape.Parameters)
            {
                if (candidate.Name == part.Path[step]) parameter = candidate;
            }
            if (parameter is null || node is not { Kind: DataNodeKind.Mapping }) return (null, null);
            // The key in this file's naming: the part's Keys are the dataset's.
            node = node.Get(parameter.KeyIn(_naming));
            if (step + 1 < part.Path.Count)
            {
                if (!_nestedShapes.TryGetValue(parameter.Type.TypeName, out var nested)) return (null, null);
                shape = nested;
            }
        }
        return (node, parameter);
    }

    /// <summary>The order of a parameter's default: its constant as the data would write it, or null.</summary>
    private static OrderValue DefaultOrder(ParameterShape parameter)
    {
        if (parameter.DefaultJson is not { } json) return OrderValue.Null;
        var (root, _) = JsonParser.Parse("default.json", SourceText.From("{\"v\": " + json + "}"), null, CancellationToken.None);
        return root?.Get("v") is { } node ? parameter.Type.Kind.OrderOf(node, parameter.Type) ?? OrderValue.Null : OrderValue.Null;
    }

    // ---- the value kinds' questions (IBindScope) -----------------------------------------------------

    public ImageWriter Image => _writer;

    /// <summary>One value: its kind checks it and writes it; null is a value only of a nullable kind.</summary>
    [MethodImpl(Jit.Optimized)]
    public bool Bind(DataNode node, TypeShape type, string key)
    {
        if (!node.IsAlias || _alias is not null) return BindValue(node, type, key);
        _alias = node.Span;
        bool ok = BindValue(node, type, key);
        _alias = null;
        return ok;
    }

    private bool BindValue(DataNode node, TypeShape type, string key)
    {
        if (node.IsNull && !type.Kind.AcceptsNull) return WrongType(node, type, key, "Give a value, or declare the parameter nullable.");
        return type.Kind.Bind(node, type, key, this);
    }

    public bool IsRecord(string typeName) => _nestedShapes.ContainsKey(typeName);

    public bool BindRecord(DataNode node, string typeName)
    {
        int depth = _depth;
        bool ok = WriteRecord(node, _nestedShapes[typeName], isTopLevel: false, depth + 1);
        _depth = depth;
        return ok;
    }

    public bool BindReference(DataNode node, TypeShape type, string key)
    {
        if (!TargetOf(type, out int target))
        {
            var known = new List<string>();
            foreach (var collection in _declarations.Collections) known.Add(collection.Name);
            Report(DiagnosticDescriptors.UnknownCollection, node, type.Collection!, string.Empty, Suggestions.List(known));
            return false;
        }
        _references.Add(new ReferenceEntry(target, Name(key), _alias ?? node.Span, _writer.WriteReferencePlaceholder()));
        return true;
    }

    public string KeyOf(KeyField field) => field.KeyIn(_naming);

    public void CheckAfterBuild(DataNode node, TypeShape type) => _checks.Add(new ValueCheck(type.TypeName, node.Value ?? string.Empty, node.Span, _collection, _recordId));

    public bool WrongType(DataNode node, TypeShape type, string key, string hint)
    {
        Report(DiagnosticDescriptors.WrongValueType, node, key, type.Expectation, node.Describe(), hint);
        return false;
    }

    private ShapeKeys KeysOf(RecordShape shape)
    {
        if (!_keys.TryGetValue(shape, out var keys))
        {
            keys = new ShapeKeys(StringComparer.Ordinal, shape.Parameters.Count);
            for (int i = 0; i < shape.Parameters.Count; i++)
            {
                var parameter = shape.Parameters[i];
                keys.Of[i] = parameter.KeyIn(_naming);
                keys[keys.Of[i]] = i;
                // A keyed mapping's keys fill this parameter.
                if (parameter.Name == "Id") keys.IdKey = keys.Of[i];
            }
            // A record with [SeedKey] is named by its (first) key field instead.
            if (shape.Key is { IsId: false } key) keys.IdKey = KeyOf(key.Fields[0]);
            foreach (string title in TitleKeys)
            {
                int found = -1;
                for (int i = 0; i < shape.Parameters.Count && found < 0; i++)
                {
                    if (Naming.ToCamelCase(shape.Parameters[i].Name) == title) found = i;
                }
                if (found < 0) continue;
                keys.TitleParameter = found;
                break;
            }
            _keys[shape] = keys;
        }
        return keys;
    }

    /// <summary>The collection a reference type points into, looked up once per type.</summary>
    private bool TargetOf(TypeShape reference, out int collection)
    {
        if (!_targets.TryGetValue(reference, out collection))
        {
            collection = _collectionIndex.TryGetValue(reference.Collection!, out int found) ? found : -1;
            _targets[reference] = collection;
        }
        return collection >= 0;
    }

    /// <summary>
    /// Reports a mistake at its node, or at the alias that repeats it. Nothing is said about a stand-in for a node the
    /// parser reported (an alias to no anchor): that is its one error.
    /// </summary>
    public void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, DataNode node, params string[] arguments)
    {
        if (node.IsReported) return;
        _diagnostics.Add(DiagnosticInfo.Create(descriptor, new SourceLocation(_path, _alias ?? node.Span), arguments));
    }

    /// <summary>
    /// A record's data keys in the file's naming, the positions of their parameters, the parameter that titles it (or
    /// -1), and the key of its id (for a record with [SeedKey], of its first key field).
    /// </summary>
    private sealed class ShapeKeys(IEqualityComparer<string> comparer, int parameters) : Dictionary<string, int>(comparer)
    {
        /// <summary>Each parameter's key, by position.</summary>
        public string[] Of { get; } = new string[parameters];

        public int TitleParameter { get; set; } = -1;

        public string IdKey { get; set; } = "id";
    }

    /// <summary>Shapes by identity: a shape's own equality compares it deeply, which a per-record lookup need not.</summary>
    private sealed class ReferenceComparer<T> : IEqualityComparer<T>
        where T : class
    {
        public static readonly ReferenceComparer<T> Instance = new();
        public bool Equals(T? x, T? y) => ReferenceEquals(x, y);
        public int GetHashCode(T obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
