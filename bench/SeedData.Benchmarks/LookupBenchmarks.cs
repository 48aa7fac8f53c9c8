using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace SeedData.Benchmarks;

/// <summary>
/// The generated API against what a user would write by hand over the same records: an id lookup against a
/// Dictionary, and a reverse lookup (built once) against a LINQ scan, on the SeedData dataset.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class LookupBenchmarks
{
    private Dictionary<string, Actor> _byId = null!;
    private Actor _rubio = null!;
    private readonly string[] _ids = Dataset.Actors.Select(a => a.Id).ToArray();

    [GlobalSetup]
    public void Setup()
    {
        _byId = Dataset.Actors.ToDictionary(a => a.Id);
        _rubio = Dataset.Actors.MarcoRubio;
        _ = Dataset.Statements.BySpeakers(_rubio);
    }

    [BenchmarkCategory("by id")]
    [Benchmark(Baseline = true, Description = "Dictionary<string, Actor> lookup (every id)")]
    public int DictionaryLookup()
    {
        int found = 0;
        foreach (var id in _ids) if (_byId.TryGetValue(id, out _)) found++;
        return found;
    }

    [BenchmarkCategory("by id")]
    [Benchmark(Description = "Dataset.Actors.TryGet (every id)")]
    public int GeneratedLookup()
    {
        int found = 0;
        foreach (var id in _ids) if (Dataset.Actors.TryGet(id, out _)) found++;
        return found;
    }

    [BenchmarkCategory("reverse")]
    [Benchmark(Baseline = true, Description = "LINQ scan for an actor's statements")]
    public ImmutableArray<Statement> ScanStatements() => Dataset.Statements.Where(s => s.Speakers.Contains(_rubio)).ToImmutableArray();

    [BenchmarkCategory("reverse")]
    [Benchmark(Description = "Dataset.Statements.BySpeakers(actor)")]
    public ImmutableArray<Statement> ReverseLookup() => Dataset.Statements.BySpeakers(_rubio);
}

/// <summary>
/// Lookups after the first at 100,000 records: the generated <c>IndexOf</c> against a Dictionary of the same ids,
/// both called through a delegate (the dataset is generated and compiled in this process, at setup).
/// </summary>
[MemoryDiagnoser]
public class ScaleLookupBenchmarks
{
    private Func<string, int> _generated = null!;
    private Func<string, int> _dictionary = null!;
    private string[] _ids = null!;

    [Params(100_000)]
    public int Records { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var data = SyntheticData.Create(Records);
        var assembly = InProcess.Build(data.YamlFiles(), SyntheticData.Records);
        object actors = assembly.GetType("Scale.Data")!.GetProperty("Actors", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        _generated = actors.GetType().GetMethod("IndexOf")!.CreateDelegate<Func<string, int>>(actors);
        var positions = new Dictionary<string, int>(data.Actors.Count);
        for (int i = 0; i < data.Actors.Count; i++) positions.Add(data.Actors[i].Id, i);
        _dictionary = id => positions.TryGetValue(id, out int index) ? index : -1;
        // 1,000 ids spread over the collection, plus one that is missing; copies, as a caller's strings would be, so that
        // neither side finds its own key instance.
        _ids = Enumerable.Range(0, 1000).Select(i => new string(data.Actors[i * (data.Actors.Count / 1000)].Id.AsSpan())).Append("nobody").ToArray();
        if (_generated(_ids[500]) != _dictionary(_ids[500]) || (int)actors.GetType().GetProperty("Count")!.GetValue(actors)! != data.Actors.Count) throw new InvalidOperationException("The generated data does not match.");
    }

    [Benchmark(Baseline = true, Description = "Dictionary<string, int> (1,001 ids)")]
    public int Dictionary()
    {
        int sum = 0;
        foreach (string id in _ids) sum += _dictionary(id);
        return sum;
    }

    [Benchmark(Description = "generated IndexOf (1,001 ids)")]
    public int Generated()
    {
        int sum = 0;
        foreach (string id in _ids) sum += _generated(id);
        return sum;
    }
}
