using System;
using System.IO;
using System.Linq;
using System.Runtime.Loader;
using PublicApiGenerator;
using SeedData.Generator.Tests.Infrastructure;
using Xunit;

namespace SeedData.Generator.Tests;

/// <summary>
/// The public API the generator writes, per test scenario (the inputs of <see cref="RecordDumpTests"/>): each
/// scenario is compiled, and PublicApiGenerator's text of the assembly's public surface (the scenario's own records,
/// the generated collections, lookups, members per record, JSON and schema API) is approved in
/// <c>Snapshots/Api.{scenario}.verified.txt</c>. A change fails until accepted with SEEDDATA_ACCEPT_SNAPSHOTS=1, as the
/// golden files are.
/// </summary>
public sealed class GeneratedApiTests
{
    [Theory]
    [MemberData(nameof(RecordDumpTests.InputNames), MemberType = typeof(RecordDumpTests))]
    public void The_generated_public_API_is_the_approved_one(string scenario)
    {
        var input = RecordDumpTests.Inputs[scenario];
        var output = GeneratorHarness.Run(input.Records, input.Files);
        Assert.Empty(output.GeneratorDiagnostics);
        Assert.Empty(output.CompilationProblems);

        // PublicApiGenerator reads the assembly's file, so the scenario is emitted to one and loaded from it.
        string folder = Path.Combine(Path.GetTempPath(), "seeddata-api-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var context = new AssemblyLoadContext("seeddata-api-" + scenario, isCollectible: true);
        try
        {
            string path = Path.Combine(folder, output.Compilation.AssemblyName + ".dll");
            using (var file = File.Create(path))
            {
                var emit = output.Compilation.Emit(file);
                Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
            }

            var assembly = context.LoadFromAssemblyPath(path);
            string api = assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false });

            // What is measured: the generated dataset class, public or not, is in the scenario's assembly.
            Assert.NotNull(assembly.GetType(input.DatasetType));
            Snapshot.Verify("Api." + scenario, api.ReplaceLineEndings("\n") + "\n", ".verified.txt");
        }
        finally
        {
            context.Unload();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
