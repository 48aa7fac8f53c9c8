using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using SeedData.Generator.Declarations;
using SeedData.Generator.Model;
using SeedData.Generator.Parsing;

namespace SeedData.Generator.Binding;

/// <summary>The binder's working state for one collection; turned into an immutable model at the end.</summary>
internal sealed class CollectionState(string name, RecordShape shape)
{
    public string Name { get; } = name;
    public RecordShape Shape { get; } = shape;
    public string PropertyName { get; } = Naming.ToPascalIdentifier(name);
    public string ClassName => PropertyName + "Collection";
    public List<RecordState> Records { get; } = new();
    public Dictionary<string, int> ById { get; } = new(StringComparer.Ordinal);
    public List<LookupPath> LookupPaths { get; set; } = new();

    /// <summary>The immutable model of this collection, for the emitter.</summary>
    public CollectionModel ToModel(bool hasErrors, IReadOnlyDictionary<string, int> collectionIndex)
    {
        var lookups = LookupPaths
            .Select(p => (Path: p, Target: collectionIndex.TryGetValue(p.Collection, out int target) ? target : -1))
            .Where(p => p.Target >= 0)
            .GroupBy(p => p.Path.Path, StringComparer.Ordinal).Select(g => g.First())
            .Select(p => new ReverseLookup("By" + p.Path.Path, p.Path.Path, p.Target, p.Path.Steps.ToEquatableArray()))
            .ToEquatableArray();

        return new CollectionModel(
            Name,
            PropertyName,
            ClassName,
            Shape.TypeName,
            Shape.IsPublic,
            Records.Select(r => new RecordEntry(r.Id, r.MemberName, r.Title(), r.Source, hasErrors ? null : r.Value)).ToEquatableArray(),
            lookups);
    }
}

/// <summary>One record found in a data file, as the binder fills it in.</summary>
internal sealed class RecordState(string id, string path, DataNode mapping, SourceLocation idLocation)
{
    private static readonly string[] TitleKeys = { "name", "title", "summary", "description", "label" };

    public string Id { get; } = id;
    public string Path { get; } = path;
    public DataNode Mapping { get; } = mapping;
    public SourceLocation IdLocation { get; } = idLocation;
    public string? MemberName { get; set; }
    public BoundRecord? Value { get; set; }
    public List<(RecordSlot Target, SourceLocation Location)> Dependencies { get; set; } = new();

    /// <summary>Where the record is written, without the machine-specific directory.</summary>
    public string Source => System.IO.Path.GetFileName(Path) + ", line " + (Mapping.Span.StartLine + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public string? Title()
    {
        foreach (string key in TitleKeys)
        {
            var value = Mapping.Entries.FirstOrDefault(e => e.Key.Value == key)?.Value;
            if (value is { Kind: DataNodeKind.Scalar, IsNull: false }) return value.Value;
        }
        return null;
    }
}
