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

namespace SeedData.Generator.Tests.Infrastructure;

/// <summary>Runs the generator over in-memory C# sources and data files, as the compiler would.</summary>
internal sealed class GeneratorHarness
{
    /// <summary>C# 12 with the symbols the SDK defines for the target these tests run on, as generated code sees them.</summary>
    public static readonly CSharpParseOptions ParseOptions = ParseOptionsFor(
        "NET", "NET10_0", "NETCOREAPP", "NETCOREAPP3_0_OR_GREATER", "NET5_0_OR_GREATER", "NET6_0_OR_GREATER", "NET8_0_OR_GREATER", "NET10_0_OR_GREATER");

    public static CSharpParseOptions ParseOptionsFor(params string[] preprocessorSymbols)
        => new CSharpParseOptions(LanguageVersion.CSharp12).WithPreprocessorSymbols(preprocessorSymbols);

    private static readonly ImmutableArray<MetadataReference> References = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
        .Split(Path.PathSeparator)
        .Where(p => Path.GetFileName(p) is var name && (name.StartsWith("System.", StringComparison.Ordinal) || name is "netstandard.dll" or "mscorlib.dll"))
        .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
        .ToImmutableArray();

    public static CSharpCompilation Compilation(params string[] sources) => Compilation(sources, References);

    private static CSharpCompilation Compilation(string[] sources, IEnumerable<MetadataReference> references, CSharpParseOptions? parseOptions = null, bool allowUnsafe = false)
        => CSharpCompilation.Create(
            "SeedDataTestAssembly",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, parseOptions ?? ParseOptions, path: $"/src/Source{i}.cs")),
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, deterministic: true, allowUnsafe: allowUnsafe));

    public static GeneratorDriver Driver(IEnumerable<AdditionalText> files, CSharpParseOptions? parseOptions = null)
    {
        var texts = files.ToImmutableArray();
        return CSharpGeneratorDriver.Create(
            new[] { new SeedDataGenerator().AsSourceGenerator() },
            texts,
            parseOptions ?? ParseOptions,
            new SeedDataOptionsProvider(texts.OfType<DataFile>().Where(f => f.IsSeedData)),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    /// <summary>Runs the generator once and compiles its output with the inputs.</summary>
    public static GeneratorOutput Run(string source, params DataFile[] files) => Run(new[] { source }, files);

    public static GeneratorOutput Run(string[] sources, params DataFile[] files) => Run(sources, References, files);

    /// <summary>Runs the generator for a project that lacks some assemblies (System.Text.Json, say).</summary>
    public static GeneratorOutput RunWithout(string[] assemblyFileNames, string source, params DataFile[] files)
        => Run(new[] { source }, References.Where(r => !assemblyFileNames.Contains(Path.GetFileName(((PortableExecutableReference)r).FilePath))), files);

    /// <summary>Runs the generator for a project with these references (another target's reference assemblies, say).</summary>
    public static GeneratorOutput Run(string[] sources, IEnumerable<MetadataReference> references, DataFile[] files, CSharpParseOptions? parseOptions = null)
        => Run(sources, references, files, parseOptions, allowUnsafe: false);

    /// <summary>Runs the generator for a project that allows unsafe code (AllowUnsafeBlocks, as the package sets it), whose large image is read in place.</summary>
    public static GeneratorOutput RunAllowingUnsafe(string[] sources, params DataFile[] files) => Run(sources, References, files, null, allowUnsafe: true);

    private static GeneratorOutput Run(string[] sources, IEnumerable<MetadataReference> references, DataFile[] files, CSharpParseOptions? parseOptions, bool allowUnsafe)
    {
        var compilation = Compilation(sources, references, parseOptions, allowUnsafe);
        var driver = Driver(files, parseOptions).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        AssertSecondRunIsCached(driver, compilation);
        return new GeneratorOutput(driver.GetRunResult(), (CSharpCompilation)output, generatorDiagnostics);
    }

    /// <summary>
    /// Runs the driver again on a clone of the compilation (equal, not the same instance) and asserts that every
    /// tracked step, and every output, was Cached or Unchanged: the models are equatable all the way down.
    /// </summary>
    public static void AssertSecondRunIsCached(GeneratorDriver driver, Compilation compilation)
    {
        var result = driver.RunGenerators(compilation.Clone()).GetRunResult().Results.Single();
        // The generator's own steps and its outputs; Roslyn's internal steps (the compilation itself) are not ours to cache.
        var steps = result.TrackedSteps.Where(s => TrackingNames.All.Contains(s.Key)).Concat(result.TrackedOutputSteps).ToList();
        Xunit.Assert.NotEmpty(steps);
        foreach (var step in steps)
        {
            foreach (var output in step.Value.SelectMany(s => s.Outputs))
            {
                Xunit.Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                    $"Step '{step.Key}' was {output.Reason} on a second run with the same inputs.");
            }
        }
    }

    /// <summary>The analyzer options of <paramref name="files"/>: what a driver is given again when a file's item metadata changes.</summary>
    public static AnalyzerConfigOptionsProvider Options(IEnumerable<DataFile> files) => new SeedDataOptionsProvider(files.Where(f => f.IsSeedData));

    /// <summary>Each SeedData file's item metadata, as MSBuild hands it to the compiler: SeedDataFile=true and the file's own.</summary>
    private sealed class SeedDataOptionsProvider(IEnumerable<DataFile> seedDataFiles) : AnalyzerConfigOptionsProvider
    {
        private static readonly Options NoOptions = new(null);
        private readonly Dictionary<string, DataFile> _files = seedDataFiles.GroupBy(f => f.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);

        public override AnalyzerConfigOptions GlobalOptions => NoOptions;
        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => NoOptions;
        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options(_files.TryGetValue(textFile.Path, out var file) ? file : null);

        private sealed class Options(DataFile? file) : AnalyzerConfigOptions
        {
            private const string Prefix = "build_metadata.AdditionalFiles.";

            public override bool TryGetValue(string key, out string value)
            {
                value = string.Empty;
                if (file is null || !key.StartsWith(Prefix, StringComparison.Ordinal)) return false;
                string name = key.Substring(Prefix.Length);
                if (name == "SeedDataFile")
                {
                    value = "true";
                    return true;
                }
                // MSBuild passes every CompilerVisibleItemMetadata, empty where the item does not set it.
                if (name is "Collection" or "KeyNaming")
                {
                    value = file.Metadata.TryGetValue(name, out var given) ? given : string.Empty;
                    return true;
                }
                return false;
            }
        }
    }
}

/// <summary>An additional file held in memory; <see cref="IsSeedData"/> is its SeedDataFile metadata.</summary>
internal sealed class DataFile : AdditionalText
{
    private readonly SourceText _text;

    public DataFile(string path, string text, bool isSeedData = true)
        : this(path, SourceText.From(text, System.Text.Encoding.UTF8), isSeedData)
    {
    }

    public DataFile(string path, SourceText text, bool isSeedData = true)
    {
        Path = path;
        _text = text;
        IsSeedData = isSeedData;
    }

    public override string Path { get; }
    public bool IsSeedData { get; }

    /// <summary>The file's item metadata in the project file (Collection, KeyNaming).</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>();

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;

    public static DataFile Yaml(string name, string text) => new("/data/" + name, text);

    /// <summary>A data file in <c>/data/</c> with item metadata, such as <c>("Collection", "languages")</c>.</summary>
    public static DataFile With(string name, string text, params (string Name, string Value)[] metadata)
        => new DataFile("/data/" + name, text) { Metadata = metadata.ToDictionary(m => m.Name, m => m.Value, StringComparer.Ordinal) };
}

internal sealed record GeneratorOutput(GeneratorDriverRunResult RunResult, CSharpCompilation Compilation, ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    public ImmutableArray<Diagnostic> SeedDiagnostics => GeneratorDiagnostics.Where(d => d.Id.StartsWith("SD", StringComparison.Ordinal)).ToImmutableArray();

    /// <summary>Every warning and error of the build: the generator's and the compiler's, in the generated code and the inputs.</summary>
    public System.Collections.Generic.List<Diagnostic> Problems
        => GeneratorDiagnostics.Concat(Compilation.GetDiagnostics()).Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();

    /// <summary>A diagnostic's id and 1-based line and column, as MSBuild prints them, and its message.</summary>
    public static (string Id, int Line, int Column, string Message) Described(Diagnostic diagnostic)
    {
        var at = diagnostic.Location.GetLineSpan().StartLinePosition;
        return (diagnostic.Id, at.Line + 1, at.Character + 1, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Compiler errors and warnings in the generated code together with the inputs.</summary>
    public ImmutableArray<Diagnostic> CompilationProblems => Compilation.GetDiagnostics()
        .Where(d => d.Severity >= DiagnosticSeverity.Warning)
        .ToImmutableArray();

    public string Source(string hintNameEnd)
        => RunResult.Results.Single().GeneratedSources.Single(s => s.HintName.EndsWith(hintNameEnd, StringComparison.Ordinal)).SourceText.ToString();

    public IEnumerable<(string HintName, string Text)> Sources
        => RunResult.Results.Single().GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString()));

    /// <summary>Emits the compilation and loads it, so tests can read the generated data back.</summary>
    public Assembly Load()
    {
        var problems = CompilationProblems;
        if (problems.Length > 0) throw new InvalidOperationException("The generated code does not compile cleanly:\n" + string.Join("\n", problems));
        using var stream = new MemoryStream();
        var result = Compilation.Emit(stream);
        if (!result.Success) throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
        stream.Position = 0;
        return new AssemblyLoadContext("seeddata-test", isCollectible: true).LoadFromStream(stream);
    }
}
