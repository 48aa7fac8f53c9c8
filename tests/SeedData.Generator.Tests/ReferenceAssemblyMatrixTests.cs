using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SeedData.Generator.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace SeedData.Generator.Tests;

/// <summary>
/// The supported targets, as the README states them: every test scenario (the inputs of <see cref="RecordDumpTests"/>)
/// is generated and compiled under C# 12 with nullable enabled against the reference assemblies of net8.0 and net9.0,
/// and must have no error and no warning; so on netstandard2.0 and net472, with the System.Collections.Immutable 8.0.0,
/// System.Memory 4.5.5 and System.Text.Json 8.0.5 packages, for every scenario whose own records compile there (a
/// record with a DateOnly cannot). The reference assemblies are the ones Basic.Reference.Assemblies embeds; the
/// packages' are read from the NuGet packages folder.
/// </summary>
public sealed class ReferenceAssemblyMatrixTests(ITestOutputHelper output)
{
    /// <summary>The packages a netstandard2.0 or .NET Framework project adds (and what they depend on), as folders of the packages folder.</summary>
    private static readonly string[] Packages =
    [
        "system.collections.immutable/8.0.0", "system.memory/4.5.5", "system.text.json/8.0.5", "system.text.encodings.web/8.0.0",
        "microsoft.bcl.asyncinterfaces/8.0.0", "system.runtime.compilerservices.unsafe/6.0.0", "system.buffers/4.5.1",
        "system.threading.tasks.extensions/4.5.4", "system.numerics.vectors/4.5.0",
    ];

    /// <summary>What a netstandard2.0 or .NET Framework project declares itself for positional records (init accessors).</summary>
    private const string IsExternalInit = "namespace System.Runtime.CompilerServices { internal static class IsExternalInit { } }";

    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (string target in new[] { "net80", "net90", "netstandard20", "net472" })
        {
            foreach (string scenario in RecordDumpTests.Inputs.Keys.Order(StringComparer.Ordinal))
            {
                if (RecordsCompile(target, scenario)) cases.Add(target, scenario);
            }
        }
        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Generated_code_compiles_without_warnings_for_the_target(string target, string scenario)
    {
        var input = RecordDumpTests.Inputs[scenario];
        var references = References(target);
        string[] sources = target is "net80" or "net90" ? [input.Records] : [input.Records, IsExternalInit];
        var result = GeneratorHarness.Run(sources, references, input.Files, ParseOptions(target));

        Assert.Empty(result.GeneratorDiagnostics);
        var generated = result.Sources.ToList();
        Assert.NotEmpty(generated);
        Assert.All(result.Compilation.SyntaxTrees, t => Assert.Equal(LanguageVersion.CSharp12, ((CSharpParseOptions)t.Options).LanguageVersion));
        var problems = result.CompilationProblems;
        output.WriteLine($"{target} {scenario}: {references.Count} references, {generated.Count} generated files, {problems.Length} errors and warnings");
        Assert.True(problems.IsEmpty, string.Join("\n", problems));
        // System.Text.Json is referenced on every target here, so the JSON read and write is generated on each.
        Assert.Contains(generated, s => s.HintName.Contains("Json", StringComparison.Ordinal) || s.Text.Contains("Utf8JsonWriter", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_target_has_scenarios_and_netstandard_leaves_out_only_those_whose_records_need_newer_types()
    {
        foreach (string target in new[] { "net80", "net90", "netstandard20", "net472" })
        {
            var scenarios = RecordDumpTests.Inputs.Keys.Where(s => RecordsCompile(target, s)).ToList();
            output.WriteLine($"{target}: {scenarios.Count} of {RecordDumpTests.Inputs.Count} scenarios: {string.Join(", ", scenarios)}");
            Assert.True(scenarios.Count >= (target is "net80" or "net90" ? RecordDumpTests.Inputs.Count : 2), target);
        }
    }

    /// <summary>C# 12 with the preprocessor symbols the SDK defines for the target.</summary>
    private static CSharpParseOptions ParseOptions(string target) => target switch
    {
        "net80" => GeneratorHarness.ParseOptionsFor("NET", "NET8_0", "NETCOREAPP", "NETCOREAPP3_0_OR_GREATER", "NET5_0_OR_GREATER", "NET6_0_OR_GREATER", "NET8_0_OR_GREATER"),
        "net90" => GeneratorHarness.ParseOptionsFor("NET", "NET9_0", "NETCOREAPP", "NETCOREAPP3_0_OR_GREATER", "NET5_0_OR_GREATER", "NET6_0_OR_GREATER", "NET8_0_OR_GREATER", "NET9_0_OR_GREATER"),
        "netstandard20" => GeneratorHarness.ParseOptionsFor("NETSTANDARD", "NETSTANDARD2_0", "NETSTANDARD2_0_OR_GREATER"),
        _ => GeneratorHarness.ParseOptionsFor("NETFRAMEWORK", "NET472", "NET472_OR_GREATER"),
    };

    /// <summary>Whether a scenario's own records compile for the target, with nothing generated (a DateOnly does not on netstandard2.0).</summary>
    private static bool RecordsCompile(string target, string scenario)
    {
        var input = RecordDumpTests.Inputs[scenario];
        string[] sources = target is "net80" or "net90" ? [input.Records, Emitting.AttributeSource.Text] : [input.Records, IsExternalInit, Emitting.AttributeSource.Text];
        var compilation = CSharpCompilation.Create("records", sources.Select(s => CSharpSyntaxTree.ParseText(s, ParseOptions(target))), References(target),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        // Partial records are completed by the generator (PrintMembers, equality): only missing types count here.
        return !compilation.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error && d.Id is "CS0246" or "CS0234" or "CS0518");
    }

    private static readonly Dictionary<string, IReadOnlyList<MetadataReference>> Cache = new();

    private static IReadOnlyList<MetadataReference> References(string target)
    {
        lock (Cache)
        {
            if (Cache.TryGetValue(target, out var cached)) return cached;
            string root = typeof(ReferenceAssemblyMatrixTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "NuGetPackageRoot").Value!;
            // net9.0 is a package of its own; the others are in the one that bundles several targets.
            string bundle = target == "net90" ? "basic.reference.assemblies.net90/1.8.14" : "basic.reference.assemblies/1.8.15";
            string dll = Directory.GetFiles(Path.Combine(root, bundle, "lib"), "Basic.Reference.Assemblies*.dll", SearchOption.AllDirectories).Single();
            var embedded = Assembly.LoadFile(dll);
            var references = new List<MetadataReference>();
            foreach (string name in embedded.GetManifestResourceNames().Where(n => n.StartsWith(target + ".", StringComparison.Ordinal)))
            {
                using var stream = embedded.GetManifestResourceStream(name)!;
                references.Add(MetadataReference.CreateFromStream(stream, filePath: name + ".dll"));
            }
            Assert.True(references.Count > 10, $"{dll} holds {references.Count} reference assemblies of {target}");
            if (target is "netstandard20" or "net472")
            {
                foreach (string package in Packages)
                {
                    string lib = Path.Combine(root, package, "lib", "netstandard2.0");
                    string[] files = Directory.GetFiles(lib, "*.dll");
                    Assert.NotEmpty(files);
                    references.AddRange(files.Select(f => MetadataReference.CreateFromFile(f)));
                }
            }
            return Cache[target] = references;
        }
    }
}
