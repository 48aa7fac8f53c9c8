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
        foreach (var record in ordered)
        {
            diagnostics.AddRange(record.Diagnostics);
            foreach (var shape in record.NestedShapes) nested[shape.TypeName] = shape;
            string? name = record.Shape.Collection;
            if (string.IsNullOrWhiteSpace(name)) continue;
            if (byName.TryGetValue(name!, out var existing))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateCollection, record.Location, name!, existing.Shape.Name, record.Shape.Name,
                    existing.Location?.Display ?? "another assembly"));
                continue;
            }
            byName[name!] = record;
        }

        var collections = new List<(string Name, string Property, DeclaredRecord Record)>();
        var properties = new Dictionary<string, (string Name, DeclaredRecord Record)>(StringComparer.Ordinal);
        foreach (var pair in byName)
        {
            string property = Naming.ToPascalIdentifier(pair.Key);
            DiagnosticInfo? unusable = property.Length == 0
                ? DiagnosticInfo.Create(DiagnosticDescriptors.CollectionNameWithoutLetters, pair.Value.Location, pair.Key, pair.Value.Shape.Name)
                : properties.TryGetValue(property, out var other)
                    ? DiagnosticInfo.Create(DiagnosticDescriptors.CollectionNamesWithOneProperty, pair.Value.Location, pair.Key, pair.Value.Shape.Name, property,
                        other.Name, other.Record.Shape.Name, other.Record.Location?.Display ?? "another assembly")
                : DatasetMemberNames.Contains(property)
                    ? DiagnosticInfo.Create(DiagnosticDescriptors.CollectionNamedLikeADatasetMember, pair.Value.Location, pair.Key, pair.Value.Shape.Name, property)
                : null;
            if (unusable is not null)
            {
                diagnostics.Add(unusable);
                continue;
            }
            properties[property] = (pair.Key, pair.Value);
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

        // Collection names that [SeedRecord]s declare but that name no collection: their data is the declaration's
        // error, not an unknown collection of its own.
        var unusableNames = records.Select(r => r.Shape.Collection)
            .Where(n => !string.IsNullOrWhiteSpace(n) && !collectionIndex.ContainsKey(n!))
            .Select(n => n!)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToEquatableArray();

        DatasetTarget? dataset = ChooseDataset(datasets, collections, diagnostics);
        // The dataset's key naming is every key's spelling downstream: files, JSON exports, the schema.
        var naming = dataset?.KeyNaming ?? KeyNaming.CamelCase;
        var model = new DatasetDeclarations(
            dataset is null ? null : new DatasetInfo(dataset.Namespace, dataset.Name, dataset.IsPublic, dataset.HasVersion, naming),
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

    /// <summary>The members every dataset class has, which no collection property may take.</summary>
    private static readonly HashSet<string> DatasetMemberNames = new(StringComparer.Ordinal)
    {
        "ContentHash", "JsonSchema", "WriteJson", "ReadJson", "ToSnapshot",
    };

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
        foreach (var extra in valid.Skip(1))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SecondDataset, extra.Location, extra.Name,
                valid[0].Name, valid[0].Location?.Display ?? "another file"));
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
