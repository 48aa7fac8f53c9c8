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
/// and must have no error and no warning. netstandard2.0 and net472 (with the System.Collections.Immutable 8.0.0,
/// System.Memory 4.5.5 and System.Text.Json 8.0.5 packages) are measured too, and the generated code does not compile
/// there yet: it uses .NET 6+ APIs. The reference assemblies are the ones Basic.Reference.Assemblies embeds; the
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
        foreach (string target in new[] { "net80", "net90" })
        {
            foreach (string scenario in RecordDumpTests.Inputs.Keys.Order(StringComparer.Ordinal)) cases.Add(target, scenario);
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
        var result = GeneratorHarness.Run(sources, references, input.Files);

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

    /// <summary>
    /// netstandard2.0 and .NET Framework are not supported: generated for a scenario whose own records compile there
    /// (the garage: no DateOnly), the code fails to compile, on APIs those targets lack. When this test fails, they
    /// are supported: move them into <see cref="Cases"/> and the README's matrix.
    /// </summary>
    [Theory]
    [InlineData("netstandard20")]
    [InlineData("net472")]
    public void Generated_code_does_not_compile_for_netstandard20_or_net472_yet(string target)
    {
        var input = RecordDumpTests.Inputs["garage"];
        var result = GeneratorHarness.Run([input.Records, IsExternalInit], References(target), input.Files);
        Assert.Empty(result.GeneratorDiagnostics);
        var errors = result.CompilationProblems.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        output.WriteLine($"{target} garage: {errors.Count} errors in the generated code, e.g.\n{string.Join("\n", errors.Select(e => e.GetMessage()).Distinct().Take(8))}");
        Assert.NotEmpty(errors);
        // The scenario's own sources compile: every error is in what the generator wrote.
        Assert.All(errors, e => Assert.StartsWith("SeedData.Generator/", e.Location.SourceTree?.FilePath ?? "", StringComparison.Ordinal));
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
