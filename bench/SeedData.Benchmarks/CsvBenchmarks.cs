using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SeedData.Benchmarks;

/// <summary>
/// One full generator run (parse, bind and check every value and reference, link, emit) over the same records as CSV
/// and as YAML, the YAML run the baseline: the CSV path must take at most as long. The YAML is the synthetic dataset's
/// 100 files (actors and statements in each); the CSV the same records as a spreadsheet exports them, 100 files per
/// collection, each file's collection in its Collection metadata. Both runs produce the same records and content hash
/// (checked in setup).
/// </summary>
[MemoryDiagnoser]
public class CsvBenchmarks
{
    private CSharpCompilation _compilation = null!;
    private ImmutableArray<AdditionalText> _yaml;
    private ImmutableArray<AdditionalText> _csv;
    private Dictionary<string, string> _collections = null!;

    [Params(10_000, 100_000)]
    public int Records { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var data = SyntheticData.Create(Records);
        _yaml = data.YamlFiles().Select(f => (AdditionalText)new InMemoryDataFile("/data/" + f.Name, f.Yaml)).ToImmutableArray();
        var csv = data.CsvFiles().ToList();
        _csv = csv.Select(f => (AdditionalText)new InMemoryDataFile("/data/" + f.Name, f.Csv)).ToImmutableArray();
        _collections = csv.ToDictionary(f => "/data/" + f.Name, f => f.Collection, StringComparer.Ordinal);
        _compilation = InProcess.Compilation(SyntheticData.Records);
        // The two runs are of the same dataset: one content hash.
        if (Hash(InProcess.Driver(_yaml)) != Hash(InProcess.Driver(_csv, _collections)))
            throw new InvalidOperationException("The CSV and the YAML give different datasets.");
    }

    private string Hash(GeneratorDriver driver)
    {
        var result = Checked(driver.RunGenerators(_compilation).GetRunResult());
        string image = result.Results.Single().GeneratedSources.Single(s => s.HintName.EndsWith(".DataImage.g.cs", StringComparison.Ordinal)).SourceText.ToString();
        const string Constant = "ContentHash = \"";
        int at = image.IndexOf(Constant, StringComparison.Ordinal);
        if (at < 0) throw new InvalidOperationException("No content hash in the generated image.");
        return image.Substring(at + Constant.Length, 64);
    }

    private static GeneratorDriverRunResult Checked(GeneratorDriverRunResult result)
    {
        if (result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error)) throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
        return result;
    }

    [Benchmark(Baseline = true, Description = "SeedData generator run, the records as YAML")]
    public int FromYaml() => Checked(InProcess.Driver(_yaml).RunGenerators(_compilation).GetRunResult()).GeneratedTrees.Length;

    [Benchmark(Description = "SeedData generator run, the same records as CSV")]
    public int FromCsv() => Checked(InProcess.Driver(_csv, _collections).RunGenerators(_compilation).GetRunResult()).GeneratedTrees.Length;
}
