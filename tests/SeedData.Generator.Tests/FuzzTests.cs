using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SeedData.Generator.Binding;
using SeedData.Generator.Declarations;
using SeedData.Generator.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace SeedData.Generator.Tests;

/// <summary>
/// A seeded fuzzer over parse and bind, in process: no input may make the generator throw (an exception becomes
/// warning CS8785 and hides every other error), and none may take more than 2 s. Inputs come from mutating valid
/// files (character flips, dropped lines, shifted indentation, truncation) and from generating what parsers trip on
/// (escapes and surrogates, BOM and NUL, very long lines and scalars, deep nesting, alias fan-out).
/// <para>
/// CI runs the default sample. A long local run: <c>SEEDDATA_FUZZ_INPUTS=100000 dotnet test tests/SeedData.Generator.Tests
/// -c Release --filter FuzzTests</c>, optionally with <c>SEEDDATA_FUZZ_SEED</c>; it prints the inputs tried, the
/// diagnostics they gave and the slowest input.
/// </para>
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    private static readonly int Inputs = int.TryParse(Environment.GetEnvironmentVariable("SEEDDATA_FUZZ_INPUTS"), out int inputs) ? inputs : 3000;
    private static readonly int Seed = int.TryParse(Environment.GetEnvironmentVariable("SEEDDATA_FUZZ_SEED"), out int seed) ? seed : 20251127;
    private static readonly TimeSpan PerInputLimit = TimeSpan.FromSeconds(2);

    private static readonly Lazy<DatasetDeclarations> NewsDeclarations = new(() => Declarations(Samples.NewsRecords));
    private static readonly Lazy<DatasetDeclarations> AllTypesDeclarations = new(() => Declarations(Samples.AllTypesRecords));

    /// <summary>The declarations model the generator builds for <paramref name="records"/>, taken from a real run.</summary>
    private static DatasetDeclarations Declarations(string records)
    {
        var compilation = GeneratorHarness.Compilation(records);
        var result = GeneratorHarness.Driver(new[] { DataFile.Yaml("empty.yaml", "{}\n") }).RunGenerators(compilation).GetRunResult().Results.Single();
        var steps = result.TrackedSteps[TrackingNames.Declarations];
        return (DatasetDeclarations)steps.SelectMany(s => s.Outputs).First().Value;
    }

    private static readonly string[] Corpus =
    {
        Samples.NewsActors + "\n" + Samples.NewsStatements,
        """{ "actors": [ { "id": "kyiv", "name": "Kyiv", "kind": "government", "aliases": ["K", "\u00e9\ud83d\ude00"] } ], "statements": [ { "id": "s", "speaker": "kyiv", "summary": "S \"q\" \\ \/", "saidOn": "2025-11-27", "audience": ["kyiv"] } ] }""",
        Samples.AllTypesData,
        "actors:\n  - &a { id: a, name: A, kind: person }\nstatements:\n  - { id: s, speaker: a, summary: *a }\n",
    };

    [Fact]
    public void No_input_makes_parse_or_bind_throw_or_hang()
    {
        var random = new Random(Seed);
        var clock = new Stopwatch();
        var slowest = (Time: TimeSpan.Zero, Input: string.Empty);
        var ids = new SortedDictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < Inputs; i++)
        {
            bool json = random.Next(3) == 0;
            string input = random.Next(2) == 0 ? Mutate(Corpus[random.Next(Corpus.Length)], random) : Generate(random, json);
            var declarations = random.Next(2) == 0 ? NewsDeclarations.Value : AllTypesDeclarations.Value;
            string path = json ? "/data/fuzz.json" : "/data/fuzz.yaml";
            clock.Restart();
            var bound = FileBinder.Bind(path, SourceText.From(input, Encoding.UTF8), DataFileOptions.None, declarations, CancellationToken.None);
            clock.Stop();
            var failure = bound.Diagnostics.Items.FirstOrDefault(d => d.Id == "SD0099");
            Assert.True(failure is null, $"Input {i} made the generator throw:\n{Show(input)}\n{failure?.Arguments[1]}: {failure?.Arguments[2]}");
            Assert.True(clock.Elapsed < PerInputLimit, $"Input {i} took {clock.Elapsed.TotalSeconds:F1} s:\n{Show(input)}");
            if (clock.Elapsed > slowest.Time) slowest = (clock.Elapsed, input);
            foreach (var diagnostic in bound.Diagnostics) ids[diagnostic.Id] = ids.TryGetValue(diagnostic.Id, out int n) ? n + 1 : 1;
        }
        output.WriteLine($"{Inputs:N0} inputs (seed {Seed}), 0 exceptions; slowest {slowest.Time.TotalMilliseconds:F0} ms ({slowest.Input.Length:N0} characters).");
        output.WriteLine("Diagnostics given: " + string.Join(", ", ids.Select(p => p.Key + " x" + p.Value.ToString(CultureInfo.InvariantCulture))));
        // The fuzzer must reach the error paths, or it proves nothing.
        Assert.True(ids.Count >= 12, "too few kinds of diagnostic were reached: " + string.Join(", ", ids.Keys));
    }

    /// <summary>CSV files of both samples: quoted fields, doubled quotes, a line break in a field, lists, a JSON cell.</summary>
    private static readonly (string Name, string Text, bool AllTypes)[] CsvCorpus =
    {
        ("actors.csv", "id,name,kind,aliases,wikidataId\r\nmarco-rubio,\"Rubio, Marco\",person,Rubio;\"\"M\"\",Q324546\r\nkyiv,Kyiv,government,,\r\n", false),
        ("statements.csv", "id,speaker,summary,audience,saidOn,respondsTo\ns1,kyiv,\"Said \"\"no\"\",\nthen left\",kyiv;kyiv,2025-11-27,\ns2,kyiv,S,,,s1\n", false),
        ("samples.csv", "id,text,flag,small,large,ratio,price,shade,day,moment,link,cost,where,tags,counts,path\n"
            + "first,\"a, b\",true,-42,9000000000,0.1,19.99,nato-green,2025-11-25,2025-11-25T14:30:00+02:00,https://example.org/,12.50 EUR,"
            + "\"{\"\"x\"\": 1.5, \"\"y\"\": -2}\",red;blue,1;2;3,\"[{\"\"x\"\": 0, \"\"y\"\": 0, \"\"label\"\": \"\"start\"\"}]\"\n", true),
    };

    [Fact]
    public void No_csv_or_tsv_input_makes_parse_or_bind_throw_or_hang()
    {
        var random = new Random(Seed + 2);
        var ids = new SortedDictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < Inputs; i++)
        {
            var (name, text, allTypes) = CsvCorpus[random.Next(CsvCorpus.Length)];
            bool tsv = random.Next(4) == 0;
            string input = Mutate(tsv ? text.Replace(',', '\t') : text, random);
            var clock = Stopwatch.StartNew();
            var bound = FileBinder.Bind("/data/" + (tsv ? System.IO.Path.ChangeExtension(name, ".tsv") : name), SourceText.From(input, Encoding.UTF8),
                DataFileOptions.None, allTypes ? AllTypesDeclarations.Value : NewsDeclarations.Value, CancellationToken.None);
            clock.Stop();
            var failure = bound.Diagnostics.Items.FirstOrDefault(d => d.Id == "SD0099");
            Assert.True(failure is null, $"Input {i} made the generator throw:\n{Show(input)}\n{failure?.Arguments[1]}: {failure?.Arguments[2]}");
            Assert.True(clock.Elapsed < PerInputLimit, $"Input {i} took {clock.Elapsed.TotalSeconds:F1} s:\n{Show(input)}");
            foreach (var diagnostic in bound.Diagnostics) ids[diagnostic.Id] = ids.TryGetValue(diagnostic.Id, out int n) ? n + 1 : 1;
        }
        output.WriteLine($"{Inputs:N0} CSV and TSV inputs (seed {Seed + 2}), 0 exceptions. Diagnostics given: "
            + string.Join(", ", ids.Select(p => p.Key + " x" + p.Value.ToString(CultureInfo.InvariantCulture))));
        // The CSV paths of their own must be reached: syntax, field counts, columns, and values in cells and JSON.
        foreach (string id in new[] { "SD0084", "SD0085", "SD0011", "SD0014" }) Assert.Contains(id, ids.Keys);
    }

    [Fact]
    public void Mutated_csv_files_through_the_compiler_give_generated_code_that_compiles()
    {
        var random = new Random(Seed + 3);
        for (int i = 0; i < Math.Max(20, Inputs / 50); i++)
        {
            string mutated = Mutate(CsvCorpus[2].Text, random);
            var result = GeneratorHarness.Run(Samples.AllTypesRecords, DataFile.Yaml("tags.yaml", "tags:\n  - { id: red, name: Red }\n  - { id: blue, name: Blue }\n"),
                new DataFile("/data/samples.csv", mutated));
            Assert.True(result.RunResult.Results.Single().Exception is null, $"Generator threw on:\n{mutated}");
            Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id is "CS8785" or "SD0099");
            Assert.Empty(result.CompilationProblems.Where(d => !d.Id.StartsWith("SD", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void Mutated_files_through_the_compiler_give_diagnostics_and_generated_code_that_compiles()
    {
        var random = new Random(Seed + 1);
        for (int i = 0; i < Math.Max(20, Inputs / 50); i++)
        {
            string mutated = Mutate(Samples.AllTypesData, random);
            var result = GeneratorHarness.Run(Samples.AllTypesRecords, DataFile.Yaml("all.yaml", mutated));
            Assert.True(result.RunResult.Results.Single().Exception is null, $"Generator threw on:\n{mutated}");
            Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id is "CS8785" or "SD0099");
            Assert.Empty(result.CompilationProblems.Where(d => !d.Id.StartsWith("SD", StringComparison.Ordinal)));
        }
    }

    private const string Punctuation = ":-[]{},&*!|>'\"#\n\t ~?%@`\\\r\0\uFEFF";

    private static string Mutate(string text, Random random)
    {
        var lines = text.Split('\n').ToList();
        int edits = random.Next(1, 6);
        for (int e = 0; e < edits && lines.Count > 0; e++)
        {
            int line = random.Next(lines.Count);
            switch (random.Next(7))
            {
                case 0: // drop a line
                    lines.RemoveAt(line);
                    break;
                case 1: // shift its indentation
                    lines[line] = random.Next(2) == 0 ? new string(' ', random.Next(1, 4)) + lines[line] : lines[line].TrimStart();
                    break;
                case 2: // duplicate it
                    lines.Insert(line, lines[line]);
                    break;
                case 3: // cut the file here
                    lines.RemoveRange(line, lines.Count - line);
                    break;
                default: // flip, insert or delete a character
                    var chars = new StringBuilder(lines[line]);
                    int at = chars.Length == 0 ? 0 : random.Next(chars.Length);
                    char c = random.Next(4) == 0 ? (char)random.Next(0, 0x10000) : Punctuation[random.Next(Punctuation.Length)];
                    if (chars.Length > 0 && random.Next(3) == 0) chars.Remove(at, 1);
                    else if (chars.Length > 0 && random.Next(2) == 0) chars[at] = c;
                    else chars.Insert(at, c);
                    lines[line] = chars.ToString();
                    break;
            }
        }
        return string.Join("\n", lines);
    }

    private static readonly string[] Escapes =
    {
        "\\uD800", "\\uDFFF", "\\uD83D\\uDE00", "\\U0001F600", "\\U0010FFFF", "\\U00110000", "\\x00", "\\x7f", "\\a", "\\e", "\\0", "\\N", "\\L", "\\P",
        "\\_", "\\ ", "\\\t", "\\/", "\\u1", "\\u12G4", "\\", "\\q", "\\uFFFF", "\\uFEFF",
    };

    /// <summary>A file built to trip a parser: odd escapes, odd characters, long text, deep nesting, alias fan-out.</summary>
    private static string Generate(Random random, bool json)
    {
        var builder = new StringBuilder();
        if (random.Next(8) == 0) builder.Append('\uFEFF');
        switch (random.Next(6))
        {
            case 0: // a string value full of escapes
            {
                string value = string.Concat(Enumerable.Range(0, random.Next(1, 6)).Select(_ => Escapes[random.Next(Escapes.Length)]));
                builder.Append(json
                    ? "{ \"actors\": [ { \"id\": \"" + value + "\", \"name\": \"" + value + "\", \"kind\": \"person\" } ] }"
                    : "actors:\n  - id: \"" + value + "\"\n    name: \"" + value + "\"\n    kind: person\n");
                break;
            }
            case 1: // very long lines and scalars
            {
                string value = new string((char)random.Next('a', 'z' + 1), random.Next(1, 200_000));
                builder.Append(json
                    ? "{ \"actors\": [ { \"id\": \"x\", \"name\": \"" + value + "\", \"kind\": \"person\" } ] }"
                    : "actors:\n  - { id: x, name: " + value + ", kind: person }\n");
                break;
            }
            case 2: // deep nesting
            {
                int depth = random.Next(1, 300);
                builder.Append(json ? "{ \"actors\": " : "actors: ").Append('[', depth).Append(']', random.Next(2) == 0 ? depth : depth / 2);
                if (json) builder.Append(" }");
                break;
            }
            case 3: // alias fan-out
            {
                if (json) goto case 4;
                builder.Append("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
                int levels = random.Next(2, 12);
                for (int i = 1; i <= levels; i++)
                    builder.Append('a').Append(i).Append(": &a").Append(i).Append(" [").Append(string.Join(", ", Enumerable.Repeat("*a" + (i - 1).ToString(CultureInfo.InvariantCulture), 10))).Append("]\n");
                break;
            }
            case 4: // NUL and control characters, raw
            {
                var raw = new StringBuilder();
                for (int i = 0; i < random.Next(1, 40); i++) raw.Append((char)random.Next(0, 0x20));
                builder.Append(json ? "{ \"actors\": [ { \"id\": \"" + raw + "\" } ] }" : "actors:\n  - id: " + raw + "\n");
                break;
            }
            default: // random characters around a valid skeleton
            {
                string skeleton = json ? Corpus[1] : Corpus[0];
                builder.Append(skeleton.Substring(0, random.Next(skeleton.Length)));
                for (int i = 0; i < random.Next(1, 20); i++) builder.Append((char)random.Next(0, 0x3000));
                break;
            }
        }
        return builder.ToString();
    }

    private static string Show(string input) => input.Length > 500 ? input.Substring(0, 500) + "... (" + input.Length + " characters)" : input;
}
