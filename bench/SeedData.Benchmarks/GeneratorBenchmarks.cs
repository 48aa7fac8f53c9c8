using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SeedData.Generator;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace SeedData.Benchmarks;

/// <summary>
/// What compile-time checking costs the build: one full generator run (parse, bind and check every value and
/// reference, link, emit) against the floor, a plain YamlDotNet parse of the same 100 files (every event read,
/// nothing built). Deserializing into dictionaries, what a project might do at every start instead, is shown too.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private CSharpCompilation _compilation = null!;
    private ImmutableArray<AdditionalText> _files;
    private List<string> _yaml = null!;

    [Params(10_000, 100_000)]
    public int Records { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var data = SyntheticData.Create(Records);
        var files = data.YamlFiles().ToList();
        _yaml = files.Select(f => f.Yaml).ToList();
        _files = files.Select(f => (AdditionalText)new InMemoryDataFile("/data/" + f.Name, f.Yaml)).ToImmutableArray();
        _compilation = InProcess.Compilation(SyntheticData.Records);
    }

    [Benchmark(Baseline = true, Description = "YamlDotNet parse (every event, the floor)")]
    public int Parse() => ParseEvents(_yaml);

    /// <summary>The floor: every YAML event of <paramref name="files"/> read with YamlDotNet's parser, nothing built.</summary>
    public static int ParseEvents(IEnumerable<string> files)
    {
        int events = 0;
        foreach (string yaml in files)
        {
            var parser = new Parser(new StringReader(yaml));
            while (parser.MoveNext()) events++;
        }
        return events;
    }

    [Benchmark(Description = "YamlDotNet deserialize to dictionaries (checks nothing)")]
    public int Deserialize()
    {
        var deserializer = new DeserializerBuilder().Build();
        int collections = 0;
        foreach (string yaml in _yaml) collections += deserializer.Deserialize<Dictionary<string, List<Dictionary<string, object>>?>>(yaml).Count;
        return collections;
    }

    [Benchmark(Description = "SeedData generator run (parse, bind, link, emit)")]
    public int Generate()
    {
        var result = InProcess.Driver(_files).RunGenerators(_compilation).GetRunResult();
        if (result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error)) throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
        return result.GeneratedTrees.Length;
    }
}
