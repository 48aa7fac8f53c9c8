using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using SeedData.Generator.Diagnostics;
using SeedData.Generator.Model;

namespace SeedData.Generator.Declarations;

/// <summary>
/// The declarations room: turns the declared [SeedRecord] types and [SeedDataset] classes, in one pass, into one
/// <see cref="DatasetDeclarations"/> model and the declaration diagnostics beside it (<see cref="BuiltDeclarations"/>).
/// The pipeline then selects the two apart: the model is location-free (and so stays cached when a declaration
/// only moves), the diagnostics are not.
/// </summary>
internal static class DeclarationsBuilder
{
    public static BuiltDeclarations Build(ImmutableArray<DeclaredRecord> records, ImmutableArray<DatasetTarget> datasets)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var ordered = records.OrderBy(r => r.Shape.TypeName, StringComparer.Ordinal).ToList();
        var nested = new SortedDictionary<string, RecordShape>(StringComparer.Ordinal);
        var byName = new SortedDictionary<string, DeclaredRecord>(StringComparer.Ordinal);
        // An inline record that several [SeedRecord]s use is read, and its mistakes reported, with each of them: once is enough.
        var reported = new HashSet<DiagnosticInfo>();
        // Collection names two records declare (SD0032): which record their data is for is the declaration's question.
        var duplicated = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in ordered)
        {
            diagnostics.AddRange(record.Diagnostics.Where(reported.Add));
            foreach (var shape in record.NestedShapes) nested[shape.TypeName] = shape;
            string? name = record.Shape.Collection;
            if (string.IsNullOrWhiteSpace(name)) continue;
            if (byName.TryGetValue(name!, out var existing))
            {
                duplicated.Add(name!);
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateCollection, record.Location, name!, existing.Shape.Name, record.Shape.Name,
                    existing.Location?.Display ?? "another assembly"));
                continue;
            }
            byName[name!] = record;
        }

        var collections = new List<(string Name, string Property, DeclaredRecord Record)>();
        var properties = new Dictionary<string, (string Name, DeclaredRecord Record)>(StringComparer.Ordinal);
        // Each collection's class ({Property}Collection) is a member of the dataset class too.
        var classes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string name in byName.Keys)
        {
            string property = Naming.ToPascalIdentifier(name);
            if (property.Length > 0 && !classes.ContainsKey(property + "Collection")) classes[property + "Collection"] = name;
        }
        foreach (var pair in byName)
        {
            string property = Naming.ToPascalIdentifier(pair.Key);
            DiagnosticInfo? unusable = property.Length == 0
                ? DiagnosticInfo.Create(DiagnosticDescriptors.CollectionNameWithoutLetters, pair.Value.Location, pair.Key, pair.Value.Shape.Name)
                : properties.TryGetValue(property, out var other)
                    ? DiagnosticInfo.Create(DiagnosticDescriptors.CollectionNamesWithOneProperty, pair.Value.Location, pair.Key, pair.Value.Shape.Name, property,
                        other.Name, other.Record.Shape.Name, other.Record.Location?.Display ?? "another assembly")
                : GeneratedNames.DatasetMembers.Contains(property)
                    ? DiagnosticInfo.Create(DiagnosticDescriptors.CollectionNamedLikeADatasetMember, pair.Value.Location, pair.Key, pair.Value.Shape.Name, property,
                        "every dataset class already has")
                : GeneratedNames.SnapshotMembers.Contains(property)
                    ? DiagnosticInfo.Create(DiagnosticDescriptors.CollectionNamedLikeADatasetMember, pair.Value.Location, pair.Key, pair.Value.Shape.Name, property,
                        "the dataset's snapshot type (its JSON read and write) already has")
                : classes.TryGetValue(property, out string? owner)
                    ? DiagnosticInfo.Create(DiagnosticDescriptors.CollectionNamedLikeADatasetMember, pair.Value.Location, pair.Key, pair.Value.Shape.Name, property,
                        $"is the name of the class of the collection '{owner}'")
                : null;
            if (unusable is not null)
            {
                diagnostics.Add(unusable);
                continue;
            }
            properties[property] = (pair.Key, pair.Value);
            collections.Add((pair.Key, property, pair.Value));
        }
        DatasetTarget? dataset = ChooseDataset(datasets, collections, diagnostics);

        var collectionIndex = collections.Select((c, i) => (c.Name, i)).ToDictionary(x => x.Name, x => x.i, StringComparer.Ordinal);
        var declared = collections
            .Select(c => new CollectionDeclaration(
                c.Name,
                c.Property,
                c.Property + "Collection",
                c.Record.Shape,
                !c.Record.HasErrors && !duplicated.Contains(c.Name) && TargetsResolve(c.Record.Shape, nested, collectionIndex, collections),
                ReverseLookups(c.Record.Shape, nested, collectionIndex)))
            .ToEquatableArray();

        var memberShapes = records.Select(r => r.Shape)
            .Concat(nested.Values)
            .Where(s => s.GeneratePrintMembers || s.GenerateEquality)
            .GroupBy(s => s.TypeName, StringComparer.Ordinal).Select(g => g.First())
            .OrderBy(s => s.TypeName, StringComparer.Ordinal)
            .ToEquatableArray();

        // Collection names that [SeedRecord]s declare but that name no collection: their data is the declaration's
        // error, not an unknown collection of its own.
        var unusableNames = records.Select(r => r.Shape.Collection)
            .Where(n => !string.IsNullOrWhiteSpace(n) && !collectionIndex.ContainsKey(n!))
            .Select(n => n!)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToEquatableArray();

        // The dataset's key naming is every key's spelling downstream: files, JSON exports, the schema.
        var naming = dataset?.KeyNaming ?? KeyNaming.CamelCase;
        var model = new DatasetDeclarations(
            dataset is null ? null : new DatasetInfo(dataset.Namespace, dataset.Name, dataset.IsPublic, dataset.HasVersion, dataset.HasSnapshot, dataset.InstanceNameTaken, naming),
            naming == KeyNaming.CamelCase ? declared : declared.Items.Select(c => c with { Shape = Keyed(c.Shape, naming, nested) }).ToEquatableArray(),
            nested.Values.Select(n => Keyed(n, naming, nested)).ToEquatableArray(),
            memberShapes,
            unusableNames);
        return new BuiltDeclarations(model, new DeclarationsReport(
            diagnostics.ToEquatableArray(),
            !datasets.IsEmpty,
            dataset?.Location,
            collections.Select(c => new DeclarationPlace(c.Record.Location)).ToEquatableArray()));
    }

    /// <summary>
    /// The shape with every key spelled in <paramref name="naming"/> (a <c>[SeedField]</c> key stays as it is): its
    /// parameters', its [SeedKey] fields', its index parts' and those of the keys its references are written as.
    /// </summary>
    private static RecordShape Keyed(RecordShape shape, KeyNaming naming, IReadOnlyDictionary<string, RecordShape> nested)
        => naming == KeyNaming.CamelCase ? shape : shape with
        {
            Parameters = shape.Parameters.Items.Select(p => p with { Key = p.KeyIn(naming), Type = Keyed(p.Type, naming) }).ToEquatableArray(),
            Key = shape.Key is { } key ? Keyed(key, naming) : null,
            Indexes = shape.Indexes.Items.Select(i => i with { Parts = i.Parts.Items.Select(part => Keyed(part, shape, naming, nested)).ToEquatableArray() }).ToEquatableArray(),
        };

    private static KeyShape Keyed(KeyShape key, KeyNaming naming)
        => new(key.Fields.Items.Select(f => f with { Key = f.KeyIn(naming), Type = Keyed(f.Type, naming) }).ToEquatableArray());

    private static TypeShape Keyed(TypeShape type, KeyNaming naming)
        => type.TargetKey is null && type.Element is null ? type
            : type with { TargetKey = type.TargetKey is { } key ? Keyed(key, naming) : null, Element = type.Element is { } element ? Keyed(element, naming) : null };

    /// <summary>An index part's keys along its path, each in its (inline) record's parameters.</summary>
    private static IndexPart Keyed(IndexPart part, RecordShape shape, KeyNaming naming, IReadOnlyDictionary<string, RecordShape> nested)
    {
        var keys = new List<string>(part.Path.Count);
        RecordShape? at = shape;
        for (int step = 0; step < part.Path.Count; step++)
        {
            var parameter = at?.Parameters.Items.FirstOrDefault(p => p.Name == part.Path[step]);
            keys.Add(parameter?.KeyIn(naming) ?? part.Keys[step]);
            at = parameter is not null && nested.TryGetValue(parameter.Type.TypeName, out var inline) ? inline : null;
        }
        return part with { Keys = keys.ToEquatableArray(), Type = Keyed(part.Type, naming) };
    }

    private static DatasetTarget? ChooseDataset(ImmutableArray<DatasetTarget> datasets, List<(string Name, string Property, DeclaredRecord Record)> collections,
        List<DiagnosticInfo> diagnostics)
    {
        var ordered = datasets.OrderBy(d => d.Location?.FilePath, StringComparer.Ordinal).ThenBy(d => d.Location?.Span.Start).ToList();
        foreach (var dataset in ordered) diagnostics.AddRange(dataset.Diagnostics);
        var valid = ordered.Where(d => d.IsValid).ToList();
        foreach (var dataset in valid)
        {
            // A member may not share its enclosing type's name (CS0542).
            foreach (var clash in collections.Where(c => c.Property == dataset.Name))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DatasetNamedLikeACollection, dataset.Location, dataset.Name,
                    clash.Name, clash.Record.Shape.Name, clash.Record.Location?.Display ?? "another assembly"));
            }
        }
        valid.RemoveAll(d => collections.Any(c => c.Property == d.Name));
        if (valid.Count > 0 && TakesGeneratedNames(valid[0], collections, diagnostics)) valid.RemoveAt(0);
        foreach (var extra in valid.Skip(1))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SecondDataset, extra.Location, extra.Name,
                valid[0].Name, valid[0].Location?.Display ?? "another file"));
        }
        return valid.FirstOrDefault();
    }

    /// <summary>
    /// SD0070 for each member the dataset class declares with the name of a generated one. A collection's property or
    /// class taken leaves that collection out, as SD0048 does; a member every dataset class has leaves the dataset out,
    /// as SD0049 does. True when the dataset is left out.
    /// </summary>
    private static bool TakesGeneratedNames(DatasetTarget dataset, List<(string Name, string Property, DeclaredRecord Record)> collections, List<DiagnosticInfo> diagnostics)
    {
        bool fixedTaken = false;
        foreach (var member in dataset.Members)
        {
            // The project may add to a collection's class in a part of its own (partial class ActorsCollection).
            int clash = collections.FindIndex(c => c.Property == member.Name || c.Property + "Collection" == member.Name && !member.IsPartialClass);
            if (clash >= 0)
            {
                var (name, property, record) = collections[clash];
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.GeneratedNameTaken, member.Location ?? dataset.Location, member.Name,
                    (member.Name == property ? "the property" : "the class") + $" of the collection '{name}' (of '{record.Shape.Name}')", $"a member of '{dataset.Name}'",
                    "Rename the member, or the collection."));
                collections.RemoveAt(clash);
            }
            else if (GeneratedNames.DatasetMembers.Contains(member.Name) && !GeneratedNames.DatasetApiMethods.Contains(member.Name) && !GeneratedNames.ObjectMembers.Contains(member.Name))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.GeneratedNameTaken, member.Location ?? dataset.Location, member.Name,
                    "a member of every dataset class", $"a member of '{dataset.Name}'", "Rename the member."));
                fixedTaken = true;
            }
        }
        return fixedTaken;
    }

    /// <summary>
    /// Whether every reference the record holds (through inline records, lists and maps too) names a collection of this
    /// dataset whose records are of the referenced type. One that does not is a target whose own declaration has the
    /// error (SD0032, SD0046 to SD0048, SD0070): the record's data is then listed but not read, as for its own error.
    /// </summary>
    private static bool TargetsResolve(RecordShape shape, SortedDictionary<string, RecordShape> nested, Dictionary<string, int> collectionIndex,
        List<(string Name, string Property, DeclaredRecord Record)> collections)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal) { shape.TypeName };
        var pending = new Stack<TypeShape>(shape.Parameters.Select(p => p.Type));
        while (pending.Count > 0)
        {
            var type = pending.Pop();
            if (type.Collection is { } target)
            {
                if (!collectionIndex.TryGetValue(target, out int index) || collections[index].Record.Shape.TypeName != type.TypeName.TrimEnd('?')) return false;
                continue;
            }
            if (type.Element is { } element) pending.Push(element);
            if (nested.TryGetValue(type.TypeName, out var inline) && visited.Add(inline.TypeName))
            {
                foreach (var parameter in inline.Parameters) pending.Push(parameter.Type);
            }
        }
        return true;
    }

    /// <summary>
    /// A reverse lookup for every place a record references another collection, directly or through nested
    /// records and lists: the path of parameter names names it, the member accesses walk to it.
    /// </summary>
    private static EquatableArray<ReverseLookup> ReverseLookups(RecordShape shape, SortedDictionary<string, RecordShape> nested, Dictionary<string, int> collections)
        => shape.Parameters
            .SelectMany(p => p.Type.Kind.ReferencePaths(p.Type, new ReferenceWalk(p.Name, nested)))
            .Where(p => collections.ContainsKey(p.Collection))
            .GroupBy(p => p.Path, StringComparer.Ordinal).Select(g => g.First())
            .Select(p => new ReverseLookup("By" + p.Path, p.Path, collections[p.Collection], p.Steps))
            .ToEquatableArray();
}
