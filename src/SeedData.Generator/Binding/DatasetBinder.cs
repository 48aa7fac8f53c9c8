using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using SeedData.Generator.Declarations;
using SeedData.Generator.Diagnostics;
using SeedData.Generator.Model;
using SeedData.Generator.Parsing;

namespace SeedData.Generator.Binding;

/// <summary>
/// The bind room: checks every parsed data file against the declared records and builds the
/// <see cref="GenerationModel"/>. It reports every error it finds, not just the first.
/// Record order is data file path (ordinal) and then position in the file.
/// </summary>
internal sealed class DatasetBinder
{
    private readonly List<DiagnosticInfo> _diagnostics = new();
    private readonly Dictionary<string, RecordShape> _nestedShapes = new(StringComparer.Ordinal);
    private readonly List<CollectionState> _collections = new();
    private readonly Dictionary<string, int> _collectionIndex = new(StringComparer.Ordinal);
    private readonly CancellationToken _cancellationToken;

    private DatasetBinder(CancellationToken cancellationToken) => _cancellationToken = cancellationToken;

    public static GenerationModel Bind(
        ImmutableArray<ParsedDataFile> files,
        ImmutableArray<DeclaredRecord> records,
        ImmutableArray<DatasetTarget> datasets,
        CancellationToken cancellationToken)
        => new DatasetBinder(cancellationToken).Run(files, records, datasets);

    private GenerationModel Run(ImmutableArray<ParsedDataFile> files, ImmutableArray<DeclaredRecord> records, ImmutableArray<DatasetTarget> datasets)
    {
        var orderedFiles = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        foreach (var file in orderedFiles) _diagnostics.AddRange(file.Diagnostics);

        DeclareCollections(records);
        foreach (var file in orderedFiles)
        {
            if (file.Root is not null) CollectRecords(file);
        }
        foreach (var collection in _collections)
        {
            for (int i = 0; i < collection.Records.Count; i++)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                BindRecord(collection, i);
            }
        }
        var buildOrder = BuildOrder.Compute(_collections, _diagnostics);
        AssignMemberNames();

        DatasetTarget? dataset = ChooseDataset(datasets, orderedFiles.Count > 0, _collections.Count > 0);
        bool hasErrors = _diagnostics.Any(d => d.IsError);
        var printable = records.Select(r => r.Shape)
            .Concat(_nestedShapes.Values)
            .Where(s => s.GeneratePrintMembers || s.GenerateEquality)
            .GroupBy(s => s.TypeName, StringComparer.Ordinal).Select(g => g.First())
            .OrderBy(s => s.TypeName, StringComparer.Ordinal)
            .ToEquatableArray();

        DatasetModel? model = dataset is null ? null : new DatasetModel(
            dataset.Namespace,
            dataset.Name,
            dataset.IsPublic,
            ContentHash(orderedFiles),
            _collections.Select(c => c.ToModel(hasErrors, _collectionIndex)).ToEquatableArray(),
            hasErrors ? EquatableArray<RecordSlot>.Empty : buildOrder.ToEquatableArray(),
            hasErrors);

        return new GenerationModel(model, printable, _diagnostics.ToEquatableArray());
    }

    private void DeclareCollections(ImmutableArray<DeclaredRecord> records)
    {
        var byCollection = new Dictionary<string, RecordShape>(StringComparer.Ordinal);
        foreach (var record in records.OrderBy(r => r.Shape.TypeName, StringComparer.Ordinal))
        {
            _diagnostics.AddRange(record.Diagnostics);
            foreach (var nested in record.NestedShapes) _nestedShapes[nested.TypeName] = nested;
            string? name = record.Shape.Collection;
            if (string.IsNullOrWhiteSpace(name)) continue;
            if (byCollection.TryGetValue(name!, out var existing))
            {
                _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateCollection, record.Shape.Location, name!, existing.Name, record.Shape.Name));
                continue;
            }
            byCollection[name!] = record.Shape;
        }
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in byCollection.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var collection = new CollectionState(pair.Key, pair.Value);
            string? problem = collection.PropertyName.Length == 0 ? "it has no letter or digit to make a property name from"
                : properties.TryGetValue(collection.PropertyName, out var other) ? $"it becomes the property '{collection.PropertyName}', as '{other}' does"
                : collection.PropertyName is "ContentHash" or "Store" ? $"it becomes the property '{collection.PropertyName}', which the dataset class already has"
                : null;
            if (problem is not null)
            {
                _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedRecordShape, pair.Value.Location, pair.Value.Name,
                    $"the collection name '{pair.Key}' cannot be used: {problem}. Choose another name in [SeedRecord(\"...\")]."));
                continue;
            }
            properties[collection.PropertyName] = pair.Key;
            _collectionIndex[pair.Key] = _collections.Count;
            _collections.Add(collection);
        }
        foreach (var collection in _collections)
        {
            collection.LookupPaths = ReferencePaths(collection.Shape).ToList();
        }
    }

    /// <summary>
    /// Every place a record references another: the path of parameter names (for the lookup's name) and the
    /// member accesses that reach it through nested records and lists (for the generated walk).
    /// </summary>
    private IEnumerable<LookupPath> ReferencePaths(RecordShape shape)
        => shape.Parameters.SelectMany(p => ReferencePaths(p.Type, p.Name, p.Name, ImmutableArray<LookupStep>.Empty, depth: 0));

    private IEnumerable<LookupPath> ReferencePaths(TypeShape type, string path, string member, ImmutableArray<LookupStep> steps, int depth)
    {
        TypeShape value = Unwrap(type);
        var container = LookupContainer.Single;
        if (value.Kind == TypeShapeKind.List)
        {
            container = value.ListKind == ListKind.ImmutableArray ? LookupContainer.ImmutableArray : LookupContainer.ReadOnlyList;
            value = Unwrap(value.Element!);
        }
        var reached = steps.Add(new LookupStep(member, container));
        if (value.Kind == TypeShapeKind.Reference)
        {
            yield return new LookupPath(path, value.Collection!, reached);
        }
        else if (value.Kind == TypeShapeKind.Nested && depth < 8 && _nestedShapes.TryGetValue(value.TypeName, out var nested))
        {
            foreach (var parameter in nested.Parameters)
                foreach (var found in ReferencePaths(parameter.Type, path + parameter.Name, parameter.Name, reached, depth + 1)) yield return found;
        }

        static TypeShape Unwrap(TypeShape shape) => shape.Kind == TypeShapeKind.Nullable ? shape.Element! : shape;
    }

    private void CollectRecords(ParsedDataFile file)
    {
        DataNode root = file.Root!;
        if (root.Kind != DataNodeKind.Mapping)
        {
            Report(DiagnosticDescriptors.UnexpectedShape, file.Path, root, "a mapping from collection names to lists of records", root.Describe(),
                "Start the file with a collection name, e.g. 'actors:', followed by a list of records.");
            return;
        }
        var seenCollections = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in root.Entries)
        {
            string name = entry.Key.Value ?? string.Empty;
            if (!seenCollections.Add(name))
            {
                Report(DiagnosticDescriptors.DuplicateKey, file.Path, entry.Key, name);
                continue;
            }
            if (!_collectionIndex.TryGetValue(name, out int index))
            {
                var known = _collections.Select(c => c.Name).ToList();
                Report(DiagnosticDescriptors.UnknownCollection, file.Path, entry.Key, name, Suggestions.DidYouMean(name, known), Suggestions.List(known));
                continue;
            }
            var collection = _collections[index];
            if (entry.Value.IsNull) continue;
            if (entry.Value.Kind != DataNodeKind.Sequence)
            {
                Report(DiagnosticDescriptors.UnexpectedShape, file.Path, entry.Value, $"a list of {collection.Shape.Name} records", entry.Value.Describe(),
                    "Write each record as a list item starting with '- id: ...'.");
                continue;
            }
            foreach (var item in entry.Value.Items)
            {
                if (item.Kind != DataNodeKind.Mapping)
                {
                    Report(DiagnosticDescriptors.UnexpectedShape, file.Path, item, $"a {collection.Shape.Name} record (a mapping)", item.Describe(),
                        "Write the record as keys and values, starting with 'id: ...'.");
                    continue;
                }
                AddRecord(collection, file.Path, item);
            }
        }
    }

    private void AddRecord(CollectionState collection, string path, DataNode mapping)
    {
        DataNode? idNode = mapping.Entries.FirstOrDefault(e => e.Key.Value == "id")?.Value;
        if (idNode is null)
        {
            if (collection.Shape.Parameters.Any(p => p.Name == "Id"))
                Report(DiagnosticDescriptors.MissingRequiredKey, path, mapping, collection.Shape.Name, "id", "text");
            return;
        }
        if (idNode.Kind != DataNodeKind.Scalar || idNode.IsNull || string.IsNullOrWhiteSpace(idNode.Value))
        {
            Report(DiagnosticDescriptors.InvalidId, path, idNode, idNode.Value ?? string.Empty, $"an id must be non-empty text, not {idNode.Describe()}");
            return;
        }
        string id = idNode.Value!;
        var location = new SourceLocation(path, idNode.Span);
        if (collection.ById.TryGetValue(id, out int existing))
        {
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateId, location, id, collection.Name)
                .WithAdditional(collection.Records[existing].IdLocation));
            return;
        }
        collection.ById[id] = collection.Records.Count;
        collection.Records.Add(new RecordState(id, path, mapping, location));
    }

    private void BindRecord(CollectionState collection, int index)
    {
        var record = collection.Records[index];
        var context = new BindContext(record.Path);
        record.Value = BindMapping(record.Mapping, collection.Shape, context);
        record.Dependencies = context.Dependencies;
    }

    /// <summary>Binds a mapping to a record's parameters; null if any part had an error.</summary>
    private BoundRecord? BindMapping(DataNode mapping, RecordShape shape, BindContext context)
    {
        bool ok = true;
        var seen = new Dictionary<string, DataEntry>(StringComparer.Ordinal);
        foreach (var entry in mapping.Entries)
        {
            string key = entry.Key.Value ?? string.Empty;
            if (seen.ContainsKey(key))
            {
                Report(DiagnosticDescriptors.DuplicateKey, context.Path, entry.Key, key);
                ok = false;
                continue;
            }
            seen[key] = entry;
            if (!shape.Parameters.Any(p => p.Key == key))
            {
                var keys = shape.Parameters.Select(p => p.Key).ToList();
                Report(DiagnosticDescriptors.UnknownKey, context.Path, entry.Key, shape.Name, key, Suggestions.DidYouMean(key, keys), Suggestions.List(keys));
                ok = false;
            }
        }

        var arguments = ImmutableArray.CreateBuilder<BoundArgument>();
        foreach (var parameter in shape.Parameters)
        {
            if (!seen.TryGetValue(parameter.Key, out var entry))
            {
                if (!parameter.IsOptional)
                {
                    Report(DiagnosticDescriptors.MissingRequiredKey, context.Path, mapping, shape.Name, parameter.Key, parameter.Type.Expectation);
                    ok = false;
                }
                else if (parameter.Type is { Kind: TypeShapeKind.List, ListKind: ListKind.ImmutableArray })
                {
                    // A default ImmutableArray throws on use; an omitted list is an empty list.
                    arguments.Add(new BoundArgument(parameter.Name, new BoundList(ListKind.ImmutableArray, parameter.Type.Element!.TypeName, EquatableArray<BoundValue>.Empty)));
                }
                continue;
            }
            BoundValue? value = BindValue(entry.Value, parameter.Type, parameter.Key, context);
            if (value is null) ok = false;
            else arguments.Add(new BoundArgument(parameter.Name, value));
        }
        return ok ? new BoundRecord(shape.TypeName, arguments.ToImmutable()) : null;
    }

    private BoundValue? BindValue(DataNode node, TypeShape type, string key, BindContext context)
    {
        if (type.Kind == TypeShapeKind.Nullable)
        {
            return node.IsNull ? BoundNull.Instance : BindValue(node, type.Element!, key, context);
        }
        if (node.IsNull)
        {
            return WrongType(node, type, key, context, "Give a value, or declare the parameter nullable.");
        }

        switch (type.Kind)
        {
            case TypeShapeKind.List:
            {
                if (node.Kind != DataNodeKind.Sequence)
                    return WrongType(node, type, key, context, "Write a list: '[a, b]' or one '- item' per line.");
                var items = ImmutableArray.CreateBuilder<BoundValue>(node.Items.Count);
                bool ok = true;
                foreach (var item in node.Items)
                {
                    var value = BindValue(item, type.Element!, key, context);
                    if (value is null) ok = false;
                    else items.Add(value);
                }
                return ok ? new BoundList(type.ListKind, type.Element!.TypeName, items.MoveToImmutable()) : null;
            }
            case TypeShapeKind.Nested:
            {
                if (node.Kind != DataNodeKind.Mapping || !_nestedShapes.TryGetValue(type.TypeName, out var nested))
                    return WrongType(node, type, key, context, "Write the record inline as keys and values.");
                return BindMapping(node, nested, context);
            }
            case TypeShapeKind.Reference:
                if (node.Kind != DataNodeKind.Scalar)
                    return WrongType(node, type, key, context, "Write the id of the record, e.g. 'marco-rubio'.");
                return BindReference(node, type, context);
            default:
                if (node.Kind != DataNodeKind.Scalar)
                    return WrongType(node, type, key, context, string.Empty);
                var result = ScalarBinder.Bind(node, type);
                switch (result.Problem)
                {
                    case ScalarProblem.WrongType:
                        return WrongType(node, type, key, context, result.Detail);
                    case ScalarProblem.OutOfRange:
                        Report(DiagnosticDescriptors.ValueOutOfRange, context.Path, node, node.Value ?? string.Empty, key, result.Detail);
                        return null;
                    case ScalarProblem.UnknownEnumMember:
                        var spellings = type.EnumMembers.Select(m => m.Spelling).ToList();
                        Report(DiagnosticDescriptors.UnknownEnumMember, context.Path, node, node.Value ?? string.Empty, type.DisplayName,
                            Suggestions.List(spellings, shown: 40) + Suggestions.DidYouMean(node.Value ?? string.Empty, spellings));
                        return null;
                    default:
                        return result.Value;
                }
        }
    }

    private BoundValue? BindReference(DataNode node, TypeShape type, BindContext context)
    {
        string id = node.Value ?? string.Empty;
        if (!_collectionIndex.TryGetValue(type.Collection!, out int targetIndex))
        {
            Report(DiagnosticDescriptors.UnknownCollection, context.Path, node, type.Collection!, string.Empty, Suggestions.List(_collections.Select(c => c.Name).ToList()));
            return null;
        }
        var target = _collections[targetIndex];
        if (!target.ById.TryGetValue(id, out int recordIndex))
        {
            Report(DiagnosticDescriptors.UnknownReference, context.Path, node, target.Name, id, Suggestions.DidYouMean(id, target.ById.Keys));
            return null;
        }
        var slot = new RecordSlot(targetIndex, recordIndex);
        context.Dependencies.Add((slot, new SourceLocation(context.Path, node.Span)));
        return new BoundReference(targetIndex, recordIndex);
    }

    private BoundValue? WrongType(DataNode node, TypeShape type, string key, BindContext context, string hint)
    {
        Report(DiagnosticDescriptors.WrongValueType, context.Path, node, key, type.Expectation, node.Describe(), hint);
        return null;
    }

    private static readonly HashSet<string> ReservedMemberNames = new(StringComparer.Ordinal)
    {
        "Count", "Item", "TryGet", "IndexOf", "Contains", "GetEnumerator", "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "ReferenceEquals", "AsImmutableArray", "Store", "Select", "Note", "Seal",
    };

    private void AssignMemberNames()
    {
        foreach (var collection in _collections)
        {
            var taken = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var name in ReservedMemberNames) taken[name] = string.Empty;
            taken[collection.ClassName] = string.Empty;
            foreach (var lookup in collection.LookupPaths)
            {
                taken["By" + lookup.Path] = string.Empty;
                taken["IndexBy" + lookup.Path] = string.Empty;
            }

            foreach (var record in collection.Records)
            {
                string member = Naming.ToPascalIdentifier(record.Id);
                if (member.Length == 0)
                {
                    _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidId, record.IdLocation, record.Id, "it has no letter or digit to make a member name from"));
                    continue;
                }
                if (taken.TryGetValue(member, out string? owner))
                {
                    string why = owner.Length == 0 ? $"is already a member of {collection.ClassName}" : $"is also the member name of the id '{owner}'";
                    _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MemberNameCollision, record.IdLocation, record.Id, member, why));
                    continue;
                }
                taken[member] = record.Id;
                record.MemberName = member;
            }
        }
    }

    private DatasetTarget? ChooseDataset(ImmutableArray<DatasetTarget> datasets, bool hasDataFiles, bool hasRecords)
    {
        var ordered = datasets.OrderBy(d => d.Location?.FilePath, StringComparer.Ordinal).ThenBy(d => d.Location?.Span.Start).ToList();
        foreach (var dataset in ordered) _diagnostics.AddRange(dataset.Diagnostics);
        var valid = ordered.Where(d => d.IsValid).ToList();
        foreach (var dataset in valid)
        {
            // A member may not share its enclosing type's name (CS0542).
            foreach (var clash in _collections.Where(c => c.PropertyName == dataset.Name))
            {
                _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidDataset, dataset.Location, dataset.Name,
                    $"its name is also the property of the collection '{clash.Name}'. Rename the class or the collection."));
            }
        }
        valid.RemoveAll(d => _collections.Any(c => c.PropertyName == d.Name));
        foreach (var extra in valid.Skip(1))
        {
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidDataset, extra.Location, extra.Name,
                $"'{valid[0].Name}' is already the [SeedDataset] of this project. Keep one [SeedDataset] class."));
        }
        if (ordered.Count == 0 && hasDataFiles)
        {
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DataWithoutDataset, null));
        }
        if (valid.Count > 0 && !hasDataFiles && hasRecords)
        {
            // Usually <SeedDataFile> items that never reached the compiler (a ProjectReference without the package's build files).
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DatasetWithoutData, valid[0].Location, valid[0].Name));
        }
        return valid.FirstOrDefault();
    }

    private static string ContentHash(IEnumerable<ParsedDataFile> files)
    {
        var builder = new StringBuilder();
        foreach (var file in files) builder.Append(file.ContentSha256).Append('\n');
        using var sha = SHA256.Create();
        byte[] digest = sha.ComputeHash(Encoding.UTF8.GetBytes(builder.ToString()));
        return string.Concat(digest.Select(b => b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)));
    }

    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, string path, DataNode node, params string[] arguments)
        => _diagnostics.Add(DiagnosticInfo.Create(descriptor, new SourceLocation(path, node.Span), arguments));

    private sealed class BindContext(string path)
    {
        public string Path { get; } = path;
        public List<(RecordSlot Target, SourceLocation Location)> Dependencies { get; } = new();
    }
}
