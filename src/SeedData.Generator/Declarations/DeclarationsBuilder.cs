using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using SeedData.Generator.Diagnostics;
using SeedData.Generator.Model;

namespace SeedData.Generator.Declarations;

/// <summary>
/// The declarations room: turns the declared [SeedRecord] types and [SeedDataset] classes into one
/// <see cref="DatasetDeclarations"/> model, and the declaration diagnostics beside it. The pipeline keeps the two
/// apart: the model is location-free (and so stays cached when a declaration only moves), the diagnostics
/// are not.
/// </summary>
internal static class DeclarationsBuilder
{
    public static DatasetDeclarations Model(ImmutableArray<DeclaredRecord> records, ImmutableArray<DatasetTarget> datasets)
        => Build(records, datasets, diagnostics: null);

    public static EquatableArray<DiagnosticInfo> Diagnostics(ImmutableArray<DeclaredRecord> records, ImmutableArray<DatasetTarget> datasets)
    {
        var diagnostics = new List<DiagnosticInfo>();
        Build(records, datasets, diagnostics);
        return diagnostics.ToEquatableArray();
    }

    private static DatasetDeclarations Build(ImmutableArray<DeclaredRecord> records, ImmutableArray<DatasetTarget> datasets, List<DiagnosticInfo>? diagnostics)
    {
        var ordered = records.OrderBy(r => r.Shape.TypeName, StringComparer.Ordinal).ToList();
        var nested = new SortedDictionary<string, RecordShape>(StringComparer.Ordinal);
        var byName = new SortedDictionary<string, DeclaredRecord>(StringComparer.Ordinal);
        foreach (var record in ordered)
        {
            diagnostics?.AddRange(record.Diagnostics);
            foreach (var shape in record.NestedShapes) nested[shape.TypeName] = shape;
            string? name = record.Shape.Collection;
            if (string.IsNullOrWhiteSpace(name)) continue;
            if (byName.TryGetValue(name!, out var existing))
            {
                diagnostics?.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateCollection, record.Location, name!, existing.Shape.Name, record.Shape.Name,
                    existing.Location?.Display ?? "another assembly"));
                continue;
            }
            byName[name!] = record;
        }

        var collections = new List<(string Name, string Property, DeclaredRecord Record)>();
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in byName)
        {
            string property = Naming.ToPascalIdentifier(pair.Key);
            string? problem = property.Length == 0 ? "it has no letter or digit to make a property name from"
                : properties.TryGetValue(property, out var other) ? $"it becomes the property '{property}', as '{other}' does"
                : property is "ContentHash" or "JsonSchema" or "WriteJson" or "ReadJson" or "ToSnapshot"
                    ? $"it becomes the property '{property}', which the dataset class already has"
                : null;
            if (problem is not null)
            {
                diagnostics?.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedRecordShape, pair.Value.Location, pair.Value.Shape.Name,
                    $"the collection name '{pair.Key}' cannot be used: {problem}. Choose another name in [SeedRecord(\"...\")]."));
                continue;
            }
            properties[property] = pair.Key;
            collections.Add((pair.Key, property, pair.Value));
        }

        var collectionIndex = collections.Select((c, i) => (c.Name, i)).ToDictionary(x => x.Name, x => x.i, StringComparer.Ordinal);
        var declared = collections
            .Select(c => new CollectionDeclaration(
                c.Name,
                c.Property,
                c.Property + "Collection",
                c.Record.Shape,
                !c.Record.HasErrors,
                ReverseLookups(c.Record.Shape, nested, collectionIndex)))
            .ToEquatableArray();

        var memberShapes = records.Select(r => r.Shape)
            .Concat(nested.Values)
            .Where(s => s.GeneratePrintMembers || s.GenerateEquality)
            .GroupBy(s => s.TypeName, StringComparer.Ordinal).Select(g => g.First())
            .OrderBy(s => s.TypeName, StringComparer.Ordinal)
            .ToEquatableArray();

        DatasetTarget? dataset = ChooseDataset(datasets, declared, diagnostics);
        return new DatasetDeclarations(
            dataset is null ? null : new DatasetInfo(dataset.Namespace, dataset.Name, dataset.IsPublic, dataset.HasVersion),
            declared,
            nested.Values.ToEquatableArray(),
            memberShapes);
    }

    private static DatasetTarget? ChooseDataset(ImmutableArray<DatasetTarget> datasets, EquatableArray<CollectionDeclaration> collections, List<DiagnosticInfo>? diagnostics)
    {
        var ordered = datasets.OrderBy(d => d.Location?.FilePath, StringComparer.Ordinal).ThenBy(d => d.Location?.Span.Start).ToList();
        foreach (var dataset in ordered) diagnostics?.AddRange(dataset.Diagnostics);
        var valid = ordered.Where(d => d.IsValid).ToList();
        foreach (var dataset in valid)
        {
            // A member may not share its enclosing type's name (CS0542).
            foreach (var clash in collections.Where(c => c.PropertyName == dataset.Name))
            {
                diagnostics?.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidDataset, dataset.Location, dataset.Name,
                    $"its name is also the property of the collection '{clash.Name}'. Rename the class or the collection."));
            }
        }
        valid.RemoveAll(d => collections.Any(c => c.PropertyName == d.Name));
        foreach (var extra in valid.Skip(1))
        {
            diagnostics?.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidDataset, extra.Location, extra.Name,
                $"'{valid[0].Name}' (at {valid[0].Location?.Display ?? "another file"}) is already the [SeedDataset] of this project. Keep one [SeedDataset] class."));
        }
        return valid.FirstOrDefault();
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
