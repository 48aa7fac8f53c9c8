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
    private readonly Dictionary<string, SortedSet<int>[]> _reverse = new(StringComparer.Ordinal);

    public string Name { get; } = name;
    public RecordShape Shape { get; } = shape;
    public string PropertyName { get; } = Naming.ToPascalIdentifier(name);
    public string ClassName => PropertyName + "Collection";
    public List<RecordState> Records { get; } = new();
    public Dictionary<string, int> ById { get; } = new(StringComparer.Ordinal);
    public List<(string Path, string Collection, SourceLocation? Location)> LookupPaths { get; set; } = new();

    /// <summary>Notes that record <paramref name="source"/> references <paramref name="target"/> through <paramref name="path"/>.</summary>
    public void AddReverse(string path, int targetCollection, int target, int source)
    {
        string key = path + "\n" + targetCollection.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!_reverse.TryGetValue(key, out var byTarget))
        {
            _reverse[key] = byTarget = new SortedSet<int>[0];
        }
        if (byTarget.Length <= target)
        {
            Array.Resize(ref byTarget, target + 1);
            _reverse[key] = byTarget;
        }
        (byTarget[target] ??= new SortedSet<int>()).Add(source);
    }

    public CollectionModel ToModel(bool hasErrors, IReadOnlyList<CollectionState> all)
    {
        var lookups = LookupPaths
            .Select(p => (p.Path, Target: all.ToList().FindIndex(c => c.Name == p.Collection)))
            .Where(p => p.Target >= 0)
            .Distinct()
            .Select(p =>
            {
                _reverse.TryGetValue(p.Path + "\n" + p.Target.ToString(System.Globalization.CultureInfo.InvariantCulture), out var byTarget);
                int targetCount = all[p.Target].Records.Count;
                var sources = Enumerable.Range(0, targetCount)
                    .Select(t => byTarget is not null && t < byTarget.Length && byTarget[t] is { } set ? set.ToEquatableArray() : EquatableArray<int>.Empty)
                    .ToEquatableArray();
                return new ReverseLookup("By" + p.Path, p.Path, p.Target, sources);
            })
            .ToEquatableArray();

        return new CollectionModel(
            Name,
            PropertyName,
            ClassName,
            Shape.TypeName,
            Shape.Name,
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
