using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SeedData.Generator;
using YamlDotNet.Serialization;

namespace SeedData.Benchmarks;

/// <summary>
/// What compile-time checking costs at build time: one full generator run (parse, bind every value and
/// reference, emit C#) against the baseline of merely deserializing the same YAML with YamlDotNet, which
/// checks nothing and is what a project would otherwise do at every start.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private CSharpCompilation _compilation = null!;
    private ImmutableArray<AdditionalText> _files;
    private string _yaml = null!;

    [Params(250, 2500)]
    public int Actors { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _yaml = SyntheticData.Yaml(Actors);
        _files = ImmutableArray.Create<AdditionalText>(new InMemoryText("/data/bench.yaml", _yaml));
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal))
            .Select(p => MetadataReference.CreateFromFile(p));
        _compilation = CSharpCompilation.Create("Bench",
            new[] { CSharpSyntaxTree.ParseText(SyntheticData.Records, new CSharpParseOptions(LanguageVersion.CSharp12)) },
            references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
    }

    [Benchmark(Baseline = true, Description = "YamlDotNet deserialize only (no checks)")]
    public object Deserialize() => new DeserializerBuilder().Build().Deserialize<Dictionary<string, List<Dictionary<string, object>>>>(_yaml);

    [Benchmark(Description = "SeedData generator run (parse, bind, emit)")]
    public int Generate()
    {
        var driver = CSharpGeneratorDriver.Create(new[] { new SeedDataGenerator().AsSourceGenerator() }, _files,
            new CSharpParseOptions(LanguageVersion.CSharp12), new SeedDataFileOptions());
        var result = driver.RunGenerators(_compilation).GetRunResult();
        if (result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error)) throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
        return result.GeneratedTrees.Length;
    }

    private sealed class InMemoryText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text, System.Text.Encoding.UTF8);
        public override string Path { get; } = path;
        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class SeedDataFileOptions : AnalyzerConfigOptionsProvider
    {
        private static readonly AnalyzerConfigOptions Yes = new Options(true);
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(false);
        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;
        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Yes;

        private sealed class Options(bool seedData) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value)
            {
                value = "true";
                return seedData && key == "build_metadata.AdditionalFiles.SeedDataFile";
            }
        }
    }
}
