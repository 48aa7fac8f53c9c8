using System;
using System.Linq;
using System.Text;
using SeedData.Generator.Tests.Infrastructure;
using Xunit;

namespace SeedData.Generator.Tests;

/// <summary>
/// Mutated data files (characters deleted, inserted or swapped for YAML and JSON punctuation, lines
/// duplicated or cut) must only ever produce diagnostics: never a generator exception (CS8785).
/// </summary>
public sealed class RobustnessTests
{
    // SEEDDATA_FUZZ_RUNS raises the number of mutations per case for a longer local search.
    private static readonly int Runs = int.TryParse(Environment.GetEnvironmentVariable("SEEDDATA_FUZZ_RUNS"), out int runs) ? runs : 60;

    private const string Punctuation = ":-[]{},&*!|>'\"#\n\t ~?%@`\\";

    private static string Mutate(string text, Random random)
    {
        var builder = new StringBuilder(text);
        int edits = random.Next(1, 6);
        for (int i = 0; i < edits && builder.Length > 0; i++)
        {
            int at = random.Next(builder.Length);
            switch (random.Next(5))
            {
                case 0: builder.Remove(at, 1); break;
                case 1: builder.Insert(at, Punctuation[random.Next(Punctuation.Length)]); break;
                case 2: builder[at] = Punctuation[random.Next(Punctuation.Length)]; break;
                case 3:
                    var lines = builder.ToString().Split('\n').ToList();
                    int line = random.Next(lines.Count);
                    lines.Insert(line, lines[line]);
                    builder.Clear().Append(string.Join("\n", lines));
                    break;
                default: builder.Length = at; break;
            }
        }
        return builder.ToString();
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(3, true)]
    [InlineData(4, true)]
    public void Mutated_files_give_diagnostics_never_exceptions(int seed, bool json)
    {
        var random = new Random(seed);
        string original = json
            ? """{ "actors": [ { "id": "kyiv", "name": "Kyiv", "kind": "government", "aliases": ["K"] } ], "statements": [ { "id": "s", "speaker": "kyiv", "summary": "S", "saidOn": "2025-11-27", "audience": ["kyiv"] } ] }"""
            : Samples.NewsActors + "\n" + Samples.NewsStatements;
        for (int run = 0; run < Runs; run++)
        {
            string mutated = Mutate(original, random);
            var file = json ? new DataFile("/data/x.json", mutated) : DataFile.Yaml("x.yaml", mutated);
            var output = GeneratorHarness.Run(Samples.NewsRecords, file);
            var exception = output.RunResult.Results.Single().Exception;
            Assert.True(exception is null, $"Generator threw on:\n{mutated}\n{exception}");
            Assert.DoesNotContain(output.GeneratorDiagnostics, d => d.Id == "CS8785");
            Assert.All(output.SeedDiagnostics, d => Assert.True(d.Location.IsInSource || d.Location.Kind == Microsoft.CodeAnalysis.LocationKind.ExternalFile, d.ToString()));
        }
    }

    [Fact]
    public void Mutated_all_types_file_gives_diagnostics_never_exceptions()
    {
        var random = new Random(7);
        for (int run = 0; run < Runs; run++)
        {
            string mutated = Mutate(Samples.AllTypesData, random);
            var output = GeneratorHarness.Run(Samples.AllTypesRecords, DataFile.Yaml("all.yaml", mutated));
            Assert.True(output.RunResult.Results.Single().Exception is null, $"Generator threw on:\n{mutated}\n{output.RunResult.Results.Single().Exception}");
            // Whatever the data, the generated code itself must compile: errors are SD diagnostics only.
            Assert.Empty(output.CompilationProblems.Where(d => !d.Id.StartsWith("SD", StringComparison.Ordinal)));
        }
    }
}
