using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using SeedData.Generator.Declarations;
using SeedData.Generator.Diagnostics;
using SeedData.Generator.Image;
using SeedData.Generator.Model;
using SeedData.Generator.Parsing;

namespace SeedData.Generator.Binding;

/// <summary>
/// The bind room, one file at a time: parses a data file, checks every record against its declared shape and
/// writes the values straight into the data image format. It reports every error it finds, not just the first;
/// a record with an error keeps its id (so references to it do not cascade) but none of its bytes.
/// </summary>
internal sealed class FileBinder
{
    private static readonly string[] TitleKeys = { "name", "title", "summary", "description", "label" };

    private readonly string _path;
    private readonly DatasetDeclarations _declarations;
    private readonly CancellationToken _cancellationToken;
    private readonly List<DiagnosticInfo> _diagnostics = new();
    private readonly List<RecordEntry> _records = new();
    private readonly List<ReferenceEntry> _references = new();
    private readonly ImageWriter _writer = new(4096);
    private readonly Dictionary<string, ShapeKeys> _keys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _collectionIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RecordShape> _nestedShapes = new(StringComparer.Ordinal);

    private FileBinder(string path, DatasetDeclarations declarations, CancellationToken cancellationToken)
    {
        _path = path;
        _declarations = declarations;
        _cancellationToken = cancellationToken;
        for (int i = 0; i < declarations.Collections.Count; i++) _collectionIndex[declarations.Collections[i].Name] = i;
        foreach (var shape in declarations.NestedShapes) _nestedShapes[shape.TypeName] = shape;
    }

    public static BoundFile Bind(string path, SourceText? text, DatasetDeclarations declarations, CancellationToken cancellationToken)
    {
        var parsed = DataFileParser.Parse(path, text, cancellationToken);
        var binder = new FileBinder(path, declarations, cancellationToken);
        binder._diagnostics.AddRange(parsed.Diagnostics);
        if (parsed.Root is not null) binder.BindRoot(parsed.Root);
        return new BoundFile(
            path,
            parsed.ContentSha256,
            parsed.Root is not null,
            binder._records.ToEquatableArray(),
            binder._references.ToEquatableArray(),
            binder._writer.ToString(),
            binder._diagnostics.ToEquatableArray());
    }

    private void BindRoot(DataNode root)
    {
        if (root.Kind != DataNodeKind.Mapping)
        {
            Report(DiagnosticDescriptors.UnexpectedShape, root, "a mapping from collection names to lists of records", root.Describe(),
                "Start the file with a collection name, e.g. 'actors:', followed by a list of records.");
            return;
        }
        var seenCollections = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in root.Entries)
        {
            string name = entry.Key.Value ?? string.Empty;
            if (!seenCollections.Add(name))
            {
                Report(DiagnosticDescriptors.DuplicateKey, entry.Key, name);
                continue;
            }
            if (!_collectionIndex.TryGetValue(name, out int index))
            {
                var known = new List<string>();
                foreach (var collection in _declarations.Collections) known.Add(collection.Name);
                Report(DiagnosticDescriptors.UnknownCollection, entry.Key, name, Suggestions.DidYouMean(name, known), Suggestions.List(known));
                continue;
            }
            var declaration = _declarations.Collections[index];
            if (entry.Value.IsNull) continue;
            if (entry.Value.Kind != DataNodeKind.Sequence)
            {
                Report(DiagnosticDescriptors.UnexpectedShape, entry.Value, $"a list of {declaration.Shape.Name} records", entry.Value.Describe(),
                    "Write each record as a list item starting with '- id: ...'.");
                continue;
            }
            foreach (var item in entry.Value.Items)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                if (item.Kind != DataNodeKind.Mapping)
                {
                    Report(DiagnosticDescriptors.UnexpectedShape, item, $"a {declaration.Shape.Name} record (a mapping)", item.Describe(),
                        "Write the record as keys and values, starting with 'id: ...'.");
                    continue;
                }
                AddRecord(index, declaration, item);
            }
        }
    }

    private void AddRecord(int collectionIndex, CollectionDeclaration collection, DataNode mapping)
    {
        DataNode? idNode = mapping.Get("id");
        if (idNode is null)
        {
            Report(DiagnosticDescriptors.MissingRequiredKey, mapping, collection.Shape.Name, "id", "text");
            return;
        }
        if (idNode.Kind != DataNodeKind.Scalar || idNode.IsNull || string.IsNullOrWhiteSpace(idNode.Value))
        {
            Report(DiagnosticDescriptors.InvalidId, idNode, idNode.Value ?? string.Empty, $"an id must be non-empty text, not {idNode.Describe()}");
            return;
        }

        int offset = _writer.Length;
        int firstReference = _references.Count;
        // A collection whose declaration has errors is listed, not read: every record would fail the same way.
        bool valid = collection.IsValid && WriteRecord(mapping, collection.Shape, isTopLevel: true);
        if (!valid)
        {
            _writer.Truncate(offset);
            _references.RemoveRange(firstReference, _references.Count - firstReference);
        }
        _records.Add(new RecordEntry(
            collectionIndex,
            idNode.Value!,
            idNode.Span,
            mapping.Span.StartLine + 1,
            TitleOf(mapping),
            offset,
            _writer.Length - offset,
            firstReference,
            _references.Count - firstReference,
            valid));
    }

    private static string? TitleOf(DataNode mapping)
    {
        foreach (string key in TitleKeys)
        {
            if (mapping.Get(key) is { Kind: DataNodeKind.Scalar, IsNull: false } value) return value.Value;
        }
        return null;
    }

    /// <summary>Writes a mapping as a record's parameters, in declaration order; false if any part had an error.</summary>
    private bool WriteRecord(DataNode mapping, RecordShape shape, bool isTopLevel)
    {
        var keys = KeysOf(shape);
        var given = new DataNode?[shape.Parameters.Count];
        bool ok = true;
        HashSet<string>? unknown = null;
        foreach (var entry in mapping.Entries)
        {
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
            else
            {
                var names = new List<string>();
                foreach (var p in shape.Parameters) names.Add(p.Key);
                Report(DiagnosticDescriptors.UnknownKey, entry.Key, shape.Name, key, Suggestions.DidYouMean(key, names), Suggestions.List(names));
            }
            ok = false;
        }

        for (int i = 0; i < shape.Parameters.Count; i++)
        {
            var parameter = shape.Parameters[i];
            // A top-level record's id is kept apart from its values, so that lookups by id read ids alone.
            if (isTopLevel && parameter.Name == "Id") continue;
            DataNode? value = given[i];
            if (value is null)
            {
                if (parameter.IsOptional)
                {
                    _writer.WriteFlag(false);
                }
                else
                {
                    Report(DiagnosticDescriptors.MissingRequiredKey, mapping, shape.Name, parameter.Key, parameter.Type.Expectation);
                    ok = false;
                }
                continue;
            }
            if (parameter.IsOptional) _writer.WriteFlag(true);
            ok &= WriteValue(value, parameter.Type, parameter.Key);
        }
        return ok;
    }

    private bool WriteValue(DataNode node, TypeShape type, string key)
    {
        if (type.Kind == TypeShapeKind.Nullable)
        {
            _writer.WriteFlag(!node.IsNull);
            return node.IsNull || WriteValue(node, type.Element!, key);
        }
        if (node.IsNull)
        {
            return WrongType(node, type, key, "Give a value, or declare the parameter nullable.");
        }

        switch (type.Kind)
        {
            case TypeShapeKind.List:
            {
                if (node.Kind != DataNodeKind.Sequence)
                    return WrongType(node, type, key, "Write a list: '[a, b]' or one '- item' per line.");
                _writer.WriteVarint((ulong)node.Items.Length);
                bool ok = true;
                foreach (var item in node.Items) ok &= WriteValue(item, type.Element!, key);
                return ok;
            }
            case TypeShapeKind.Nested:
            {
                if (node.Kind != DataNodeKind.Mapping || !_nestedShapes.TryGetValue(type.TypeName, out var nested))
                    return WrongType(node, type, key, "Write the record inline as keys and values.");
                return WriteRecord(node, nested, isTopLevel: false);
            }
            case TypeShapeKind.Reference:
                if (node.Kind != DataNodeKind.Scalar)
                    return WrongType(node, type, key, "Write the id of the record, e.g. 'marco-rubio'.");
                if (!_collectionIndex.TryGetValue(type.Collection!, out int target))
                {
                    var known = new List<string>();
                    foreach (var collection in _declarations.Collections) known.Add(collection.Name);
                    Report(DiagnosticDescriptors.UnknownCollection, node, type.Collection!, string.Empty, Suggestions.List(known));
                    return false;
                }
                _references.Add(new ReferenceEntry(target, node.Value ?? string.Empty, node.Span, _writer.WriteReferencePlaceholder()));
                return true;
            default:
                if (node.Kind != DataNodeKind.Scalar)
                    return WrongType(node, type, key, string.Empty);
                var result = ScalarBinder.Write(node, type, _writer);
                switch (result.Problem)
                {
                    case ScalarProblem.None:
                        return true;
                    case ScalarProblem.WrongType:
                        return WrongType(node, type, key, result.Detail);
                    case ScalarProblem.OutOfRange:
                        Report(DiagnosticDescriptors.ValueOutOfRange, node, node.Value ?? string.Empty, key, result.Detail);
                        return false;
                    default:
                        var spellings = new List<string>();
                        foreach (var member in type.EnumMembers) spellings.Add(member.Spelling);
                        Report(DiagnosticDescriptors.UnknownEnumMember, node, node.Value ?? string.Empty, type.DisplayName,
                            Suggestions.List(spellings, shown: 40) + Suggestions.DidYouMean(node.Value ?? string.Empty, spellings));
                        return false;
                }
        }
    }

    private bool WrongType(DataNode node, TypeShape type, string key, string hint)
    {
        Report(DiagnosticDescriptors.WrongValueType, node, key, type.Expectation, node.Describe(), hint);
        return false;
    }

    private ShapeKeys KeysOf(RecordShape shape)
    {
        if (!_keys.TryGetValue(shape.TypeName, out var keys))
        {
            keys = new ShapeKeys(StringComparer.Ordinal);
            for (int i = 0; i < shape.Parameters.Count; i++) keys[shape.Parameters[i].Key] = i;
            _keys[shape.TypeName] = keys;
        }
        return keys;
    }

    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, DataNode node, params string[] arguments)
        => _diagnostics.Add(DiagnosticInfo.Create(descriptor, new SourceLocation(_path, node.Span), arguments));

    /// <summary>A record's data keys and the positions of their parameters.</summary>
    private sealed class ShapeKeys(IEqualityComparer<string> comparer) : Dictionary<string, int>(comparer);
}
