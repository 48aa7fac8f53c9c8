using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SeedData.Generator;

namespace SeedData.Benchmarks;

/// <summary>Runs the generator in this process, as the compiler would, over data files held in memory.</summary>
internal static class InProcess
{
    // The symbols the SDK defines for the target this runs on: the generated code has paths for .NET 5 and later, and a
    // benchmark must compile the ones a project would.
    private static readonly CSharpParseOptions ParseOptions = new CSharpParseOptions(LanguageVersion.CSharp12).WithPreprocessorSymbols(
        "NET", "NET10_0", "NETCOREAPP", "NETCOREAPP3_0_OR_GREATER", "NET5_0_OR_GREATER", "NET6_0_OR_GREATER", "NET8_0_OR_GREATER", "NET10_0_OR_GREATER");

    public static CSharpCompilation Compilation(params string[] sources)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Select(p => MetadataReference.CreateFromFile(p));
        return CSharpCompilation.Create("Bench",
            sources.Select(source => CSharpSyntaxTree.ParseText(source, ParseOptions)),
            references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release, nullableContextOptions: NullableContextOptions.Enable));
    }

    /// <param name="trackSteps">Records each pipeline step's time (the driver's step tracking), for a diagnosis.</param>
    public static GeneratorDriver Driver(ImmutableArray<AdditionalText> files, bool trackSteps = false)
        => CSharpGeneratorDriver.Create(new[] { new SeedDataGenerator().AsSourceGenerator() }, files, ParseOptions, new SeedDataFileOptions(),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>As <see cref="Driver"/>, for files that each hold one collection: its name as each file's Collection metadata.</summary>
    public static GeneratorDriver Driver(ImmutableArray<AdditionalText> files, IReadOnlyDictionary<string, string> collections)
        => CSharpGeneratorDriver.Create(new[] { new SeedDataGenerator().AsSourceGenerator() }, files, ParseOptions, new SeedDataFileOptions(collections),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    /// <summary>Generates, compiles and loads a dataset; the assembly stays loaded.</summary>
    /// <param name="records">The record declarations, and any further source files to compile with them.</param>
    public static Assembly Build(IEnumerable<(string Name, string Yaml)> files, params string[] records)
    {
        var texts = files.Select(f => (AdditionalText)new InMemoryDataFile("/data/" + f.Name, f.Yaml)).ToImmutableArray();
        Driver(texts).RunGeneratorsAndUpdateCompilation(Compilation(records), out var output, out var diagnostics);
        if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error)) throw new InvalidOperationException(string.Join("\n", diagnostics));
        using var stream = new MemoryStream();
        var emitted = output.Emit(stream);
        if (!emitted.Success) throw new InvalidOperationException(string.Join("\n", emitted.Diagnostics.Take(10)));
        stream.Position = 0;
        return AssemblyLoadContext.Default.LoadFromStream(stream);
    }

    /// <summary>Every additional file is a SeedData file; <paramref name="collections"/> gives some their Collection metadata, by path.</summary>
    private sealed class SeedDataFileOptions(IReadOnlyDictionary<string, string>? collections = null) : AnalyzerConfigOptionsProvider
    {
        private static readonly AnalyzerConfigOptions Yes = new Options(true, null);
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(false, null);
        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;
        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
            => collections is not null && collections.TryGetValue(textFile.Path, out string? collection) ? new Options(true, collection) : Yes;

        private sealed class Options(bool seedData, string? collection) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value)
            {
                value = "true";
                if (!seedData) return false;
                if (key == "build_metadata.AdditionalFiles.SeedDataFile") return true;
                value = collection ?? string.Empty;
                return key == "build_metadata.AdditionalFiles.Collection" && collection is not null;
            }
        }
    }
}

internal sealed class InMemoryDataFile(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text, System.Text.Encoding.UTF8);
    public override string Path { get; } = path;
    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
