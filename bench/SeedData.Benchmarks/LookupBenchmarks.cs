using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace SeedData.Benchmarks;

/// <summary>
/// The generated API against what a user would write by hand over the same records: an id lookup through
/// the compiled switch against a Dictionary, and a precomputed reverse lookup against a LINQ scan.
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
