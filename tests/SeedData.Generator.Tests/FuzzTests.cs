using System;
using System.Collections.Generic;
using System.Collections.Immutable;
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
/// A seeded fuzzer over parse, bind and link, in process: no input may make the generator throw (an exception becomes
/// warning CS8785 and hides every other error), and none may take more than 2 s. Inputs come from mutating valid
/// files (character flips, dropped lines, shifted indentation, truncation) and from generating what parsers trip on
/// (escapes and surrogates, BOM and NUL, very long lines and scalars, deep nesting, alias fan-out) and what a probe
/// found (issue 21): long unclosed lists, tags, aliases that repeat records or reach other documents, merge keys,
/// numbers at the edges of their types, records with only their id, unknown references among many ids. Values that
/// build must read back unchanged: numbers as the exact value they are written as, and every record through
/// WriteJson and ReadJson. ReadJson is fuzzed too, with mutated exports: a JsonException, or records whose hash is true.
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
    private static readonly Lazy<DatasetDeclarations> TagDeclarations = new(() => Declarations(TagRecords));

    /// <summary>Records with only their id, and references to them.</summary>
    private const string TagRecords = """
        using System.Collections.Immutable;
        using SeedData;
        namespace Tags;
        [SeedRecord("tags")] public sealed partial record Tag(string Id);
        [SeedRecord("posts")] public sealed partial record Post(string Id, string Title, ImmutableArray<Tag> Tags = default, Tag? Main = null);
        [SeedDataset] public static partial class Data;
        """;

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
            var declarations = random.Next(3) switch { 0 => NewsDeclarations.Value, 1 => AllTypesDeclarations.Value, _ => TagDeclarations.Value };
            string path = json ? "/data/fuzz.json" : "/data/fuzz.yaml";
            clock.Restart();
            var bound = FileBinder.Bind(path, SourceText.From(input, Encoding.UTF8), DataFileOptions.None, declarations, CancellationToken.None);
            var linked = DatasetLinker.Link(ImmutableArray.Create(bound), declarations, CancellationToken.None);
            clock.Stop();
            var failure = linked.Diagnostics.Items.FirstOrDefault(d => d.Id == "SD0099");
            Assert.True(failure is null, $"Input {i} made the generator throw:\n{Show(input)}\n{failure?.Arguments[1]}: {failure?.Arguments[2]}");
            Assert.True(clock.Elapsed < PerInputLimit, $"Input {i} took {clock.Elapsed.TotalSeconds:F1} s:\n{Show(input)}");
            if (clock.Elapsed > slowest.Time) slowest = (clock.Elapsed, input);
            foreach (var diagnostic in linked.Diagnostics) ids[diagnostic.Id] = ids.TryGetValue(diagnostic.Id, out int n) ? n + 1 : 1;
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
            // A mutation that still builds reads back unchanged.
            if (result.GeneratorDiagnostics.Any(d => d.Severity >= DiagnosticSeverity.Warning)) continue;
            try
            {
                AssertReadsBack(result.Load(), "Types.Catalog");
            }
            catch (Exception ex) when (ex.GetBaseException().StackTrace?.Contains("Types.Money.Parse", StringComparison.Ordinal) == true)
            {
                // The project's own Parse refusing a value it was given: that check is the build's, after the compile
                // (SD0060), not the generator's.
            }
            catch (Exception ex)
            {
                throw new Xunit.Sdk.XunitException($"Mutation {i} built, and does not read back ({ex.GetBaseException().GetType().Name}: {ex.GetBaseException().Message}):\n{mutated}");
            }
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
        switch (random.Next(12))
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
            case 6: // a list left open, and thousands of lines after it (the id recovery was quadratic here)
            {
                string[] lines = { "author-{0},\n", "  {{id: author-{0}}},\n", "  - id: a{0}\n", "\"author-{0}\", \n", "{{ \"id\": \"a{0}\" }},\n" };
                string line = lines[random.Next(lines.Length)];
                builder.Append(json ? "{ \"actors\": [\n" : random.Next(2) == 0 ? "actors: [\n" : "actors:\n  - id: x\n    aliases: [\n");
                for (int i = random.Next(1, 4000); i > 0; i--) builder.AppendFormat(CultureInfo.InvariantCulture, line, i);
                break;
            }
            case 7: // tags: empty, verbatim, undeclared, directives
            {
                if (json) goto case 10;
                string[] tags = { "%TAG !e! \n---\n", "%TAG ! \n---\n", "%TAG !e! tag:x,2025:\n---\n", "%YAML 1.2\n---\n", "%FOO bar\n---\n" };
                string[] values = { "!<> x", "!<!> x", "!e!x y", "!!str 5", "!!binary AAAA", "! x", "!<tag:yaml.org,2002:int> 5", "!!int 0x10" };
                if (random.Next(2) == 0) builder.Append(tags[random.Next(tags.Length)]);
                builder.Append("actors:\n  - id: ").Append(values[random.Next(values.Length)]).Append("\n    name: ").Append(values[random.Next(values.Length)]).Append("\n    kind: person\n");
                break;
            }
            case 8: // aliases: repeating a record, across documents, as merge keys, as keys and ids
            {
                if (json) goto case 10;
                string[] parts =
                {
                    "actors:\n  - &a {id: x, name: X, kind: person}\n  - *a\n", "actors:\n  - &a {id: x, name: X, kind: person}\n---\nactors:\n  - *a\n",
                    "actors:\n  - &a {id: x, name: X, kind: person}\n  - <<: *a\n    id: y\n", "actors:\n  - &a {id: x, name: X, kind: person}\n  - {<<: [*a, *a], id: z}\n",
                    "x: &k id\nactors:\n  - {*k : a, name: A, kind: person}\n", "actors:\n  - {id: *nothing, name: A, kind: person}\n",
                    "tags:\n  - &t {id: t}\nposts:\n  - {id: p, title: *t, tags: [*t]}\n",
                };
                for (int i = random.Next(1, 4); i > 0; i--) builder.Append(parts[random.Next(parts.Length)]);
                break;
            }
            case 9: // numbers at the edges of their types
            {
                string Number() => NumberText(random);
                builder.Append(json
                    ? "{ \"samples\": [ { \"id\": \"s\", \"small\": " + Number() + ", \"large\": " + Number() + ", \"ratio\": " + Number() + ", \"price\": " + Number() + " } ] }"
                    : "samples:\n  - id: s\n    small: " + Number() + "\n    large: " + Number() + "\n    ratio: " + Number() + "\n    price: " + Number() + "\n    maybeNumber: " + Number() + "\n");
                break;
            }
            case 10: // records with only their id, and references to ids that are not there, near and far
            {
                int count = random.Next(1, 3000);
                var yaml = new StringBuilder(json ? "{ \"tags\": [" : "tags:\n");
                for (int i = 0; i < count; i++) yaml.Append(json ? (i > 0 ? ", " : string.Empty) + "{ \"id\": \"tag-" + i + "\" }" : "  - id: tag-" + i + "\n");
                yaml.Append(json ? "], \"posts\": [" : "posts:\n");
                for (int i = 0; i < random.Next(1, 300); i++)
                {
                    string target = (random.Next(4) switch { 0 => "tag-", 1 => "tga-", 2 => "tag-x", _ => "label-" }) + random.Next(count * 2);
                    yaml.Append(json ? (i > 0 ? ", " : string.Empty) + "{ \"id\": \"p" + i + "\", \"title\": \"T\", \"main\": \"" + target + "\", \"tags\": [\"" + target + "\"] }"
                        : "  - { id: p" + i + ", title: T, main: " + target + ", tags: [" + target + ", tag-0] }\n");
                }
                builder.Append(yaml).Append(json ? "] }" : string.Empty);
                break;
            }
            case 11: // lone surrogates and U+FFFD in JSON keys and values
            {
                string[] texts = { "\\ud800", "\\udfff", "\\ud83d\\ude00", "\\ufffd", "\uFFFD", "x\\ud800y" };
                string T() => texts[random.Next(texts.Length)];
                builder.Append(json
                    ? "{ \"actors\": [ { \"id\": \"" + T() + "\", \"name\": \"" + T() + "\", \"kind\": \"person\", \"aliases\": [\"" + T() + "\"] } ], \"" + T() + "\": [] }"
                    : "actors:\n  - id: \"" + T() + "\"\n    name: \"" + T() + "\"\n    kind: person\n");
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

    private static readonly string[] Exponents = { "", "e0", "e1", "e2", "e-1", "e-2", "e18", "e19", "e20", "e-28", "e-29", "e-30", "e28", "e29", "e308", "e309", "e-324", "e-325", "e-400", "e400", "E+3", "e-45", "e-46", "e38", "e39" };

    /// <summary>A number as data may write it: a sign, digits with or without a point, an exponent, at the edges of every number type.</summary>
    private static string NumberText(Random random)
    {
        var text = new StringBuilder();
        if (random.Next(4) == 0) text.Append(random.Next(4) == 0 ? "+" : "-");
        string Digits(int max) => string.Concat(Enumerable.Range(0, random.Next(1, max)).Select(_ => (char)('0' + random.Next(10))));
        switch (random.Next(5))
        {
            case 0: text.Append(Digits(3)); break;
            case 1: text.Append(Digits(32)); break;
            case 2: text.Append(Digits(20)).Append('.').Append(Digits(32)); break;
            case 3: text.Append("0.").Append(new string('0', random.Next(40))).Append(Digits(4)); break;
            default: text.Append(new[] { "9223372036854775807", "9223372036854775808", "18446744073709551615", "2147483647", "2147483648", "79228162514264337593543950335", "79228162514264337593543950336", "4.9", "1.7976931348623157", "0.1", "1" }[random.Next(11)]); break;
        }
        return text.Append(Exponents[random.Next(Exponents.Length)]).ToString();
    }

    private const string NumberRecords = """
        using SeedData;
        namespace Numbers;
        [SeedRecord("values", NamedMembers = 0)] public sealed partial record Value(string Id, int I = 0, long L = 0, ulong U = 0, byte B = 0, decimal M = 0, double D = 0, float F = 0);
        [SeedDataset] public static partial class Data;
        """;

    private static readonly (string Key, string Type)[] NumberFields = { ("i", "int"), ("l", "long"), ("u", "ulong"), ("b", "byte"), ("m", "decimal"), ("d", "double"), ("f", "float") };

    [Fact]
    public void Numbers_that_build_read_back_as_the_exact_value_they_are_written_as()
    {
        // Each number into each type is bound on its own; those that bind go into one dataset, which is built and read.
        var random = new Random(Seed + 2);
        var declarations = Declarations(NumberRecords);
        var accepted = new List<(string Id, string Key, string Type, string Text)>();
        int refused = 0;
        for (int i = 0; i < Inputs; i++)
        {
            string text = NumberText(random);
            var (key, type) = NumberFields[random.Next(NumberFields.Length)];
            bool json = random.Next(2) == 0 && System.Text.RegularExpressions.Regex.IsMatch(text, @"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?$");
            string id = "v" + i.ToString(CultureInfo.InvariantCulture);
            string file = json ? "{ \"values\": [ { \"id\": \"" + id + "\", \"" + key + "\": " + text + " } ] }" : "values:\n  - id: " + id + "\n    " + key + ": " + text + "\n";
            var bound = FileBinder.Bind(json ? "/data/n.json" : "/data/n.yaml", SourceText.From(file, Encoding.UTF8), DataFileOptions.None, declarations, CancellationToken.None);
            bool ok = bound.Diagnostics.Count == 0;
            var expected = Exactly(text, type);
            // A whole number in range, a decimal that holds the value exactly, or a binary number that is finite and not
            // a non-zero rounded to 0, must build; and what builds is checked against its value below.
            Assert.True(ok == expected.Builds, $"{text} as {type}: {(ok ? "built" : string.Join("; ", bound.Diagnostics.Select(d => d.Id)))}, expected {(expected.Builds ? "to build" : "an error")}");
            if (ok) accepted.Add((id, key, type, text));
            else refused++;
        }
        Assert.True(accepted.Count > 100 && refused > 100, $"{accepted.Count} built, {refused} refused: the numbers do not reach both sides");

        string yaml = "values:\n" + string.Concat(accepted.Select(a => "  - id: " + a.Id + "\n    " + a.Key + ": " + a.Text + "\n"));
        var output = GeneratorHarness.Run(NumberRecords, DataFile.Yaml("values.yaml", yaml));
        Assert.Empty(output.GeneratorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var assembly = output.Load();
        var values = ((System.Collections.IEnumerable)assembly.GetType("Numbers.Data")!.GetProperty("Values")!.GetValue(null)!).Cast<object>().ToList();
        for (int i = 0; i < accepted.Count; i++)
        {
            var (_, key, type, text) = accepted[i];
            object value = values[i].GetType().GetProperty(char.ToUpperInvariant(key[0]) + key.Substring(1))!.GetValue(values[i])!;
            Assert.True(Exactly(text, type).IsReadBackAs(value), $"{text} as {type} read back as {Convert.ToString(value, CultureInfo.InvariantCulture)}");
        }
        AssertReadsBack(assembly, "Numbers.Data");
    }

    /// <summary>What a number's text is as a type: whether it builds, and the value it must read back as.</summary>
    private readonly record struct Expected(bool Builds, System.Numerics.BigInteger Numerator, System.Numerics.BigInteger Denominator, string Text, string Type)
    {
        public bool IsReadBackAs(object value) => Type switch
        {
            "double" => (double)value == double.Parse(Text, NumberStyles.Float, CultureInfo.InvariantCulture),
            "float" => (float)value == float.Parse(Text, NumberStyles.Float, CultureInfo.InvariantCulture),
            "decimal" => AsFraction((decimal)value) is var (n, d) && n * Denominator == Numerator * d,
            _ => Denominator == 1 && Numerator == System.Numerics.BigInteger.Parse(Convert.ToString(value, CultureInfo.InvariantCulture)!, CultureInfo.InvariantCulture),
        };

        private static (System.Numerics.BigInteger, System.Numerics.BigInteger) AsFraction(decimal value)
        {
            int[] bits = decimal.GetBits(value);
            var magnitude = (new System.Numerics.BigInteger((uint)bits[2]) << 64) + (new System.Numerics.BigInteger((uint)bits[1]) << 32) + (uint)bits[0];
            return (bits[3] < 0 ? -magnitude : magnitude, System.Numerics.BigInteger.Pow(10, (bits[3] >> 16) & 0xFF));
        }
    }

    /// <summary>The exact value of a number's text, as a fraction, and whether the type holds it (for binary types: finite, and 0 only for 0).</summary>
    private static Expected Exactly(string text, string type)
    {
        var match = System.Text.RegularExpressions.Regex.Match(text, @"^([-+]?)([0-9]*)(?:\.([0-9]*))?(?:[eE]([-+]?[0-9]+))?$");
        string digits = match.Groups[2].Value + match.Groups[3].Value;
        int exponent = (match.Groups[4].Success ? int.Parse(match.Groups[4].Value, CultureInfo.InvariantCulture) : 0) - match.Groups[3].Value.Length;
        var numerator = System.Numerics.BigInteger.Parse("0" + digits, CultureInfo.InvariantCulture) * (match.Groups[1].Value == "-" ? -1 : 1);
        var denominator = System.Numerics.BigInteger.One;
        if (exponent >= 0) numerator *= System.Numerics.BigInteger.Pow(10, exponent);
        else denominator = System.Numerics.BigInteger.Pow(10, -exponent);
        var divisor = System.Numerics.BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (!divisor.IsZero) (numerator, denominator) = (numerator / divisor, denominator / divisor);
        bool builds = type switch
        {
            "double" => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture) is var d && double.IsFinite(d) && (d != 0 || numerator.IsZero),
            "float" => float.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture) is var f && float.IsFinite(f) && (f != 0 || numerator.IsZero),
            "decimal" => HeldByDecimal(numerator, denominator),
            _ => denominator.IsOne && numerator >= Min(type) && numerator <= Max(type),
        };
        return new Expected(builds, numerator, denominator, text, type);

        // A decimal holds m / 10^s exactly for a whole m of at most 96 bits and a scale s of at most 28.
        static bool HeldByDecimal(System.Numerics.BigInteger numerator, System.Numerics.BigInteger denominator)
        {
            for (int scale = 0; scale <= 28; scale++)
            {
                var scaled = numerator * System.Numerics.BigInteger.Pow(10, scale);
                if (scaled % denominator == 0) return System.Numerics.BigInteger.Abs(scaled / denominator) <= (System.Numerics.BigInteger.One << 96) - 1;
            }
            return false;
        }

        static System.Numerics.BigInteger Min(string type) => type switch { "int" => int.MinValue, "long" => long.MinValue, _ => 0 };
        static System.Numerics.BigInteger Max(string type) => type switch { "int" => int.MaxValue, "long" => long.MaxValue, "ulong" => ulong.MaxValue, _ => byte.MaxValue };
    }

    /// <summary>
    /// The export of a built dataset reads back through ReadJson as the same records with the build's hash, and as the
    /// only data file of a build, exports the same bytes again.
    /// </summary>
    private static void AssertReadsBack(System.Reflection.Assembly assembly, string datasetType)
    {
        const System.Reflection.BindingFlags Static = System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static;
        var dataset = assembly.GetType(datasetType, throwOnError: true)!;
        using var export = new System.IO.MemoryStream();
        dataset.GetMethod("WriteJson", Static, new[] { typeof(System.IO.Stream) })!.Invoke(null, new object[] { export });
        var snapshot = dataset.GetMethod("ToSnapshot", Static)!.Invoke(null, null)!;
        var back = snapshot.GetType().GetMethod("ReadJson", new[] { typeof(System.IO.Stream) })!.Invoke(null, new object[] { new System.IO.MemoryStream(export.ToArray()) })!;
        Assert.Equal(snapshot, back);
        Assert.Equal(dataset.GetField("ContentHash", Static)!.GetValue(null), back.GetType().GetProperty("ContentHash")!.GetValue(back));
    }

    [Fact]
    public void Mutated_exports_read_as_a_JsonException_or_as_records_whose_hash_is_true()
    {
        // The all-types sample with a lone surrogate, a map and every kind, exported; then bytes flipped, cut, repeated.
        var built = GeneratorHarness.Run(Samples.AllTypesRecords, DataFile.Yaml("all.yaml", Samples.AllTypesData));
        var dataset = built.Load().GetType("Types.Catalog", throwOnError: true)!;
        using var stream = new System.IO.MemoryStream();
        dataset.GetMethod("WriteJson", System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static, new[] { typeof(System.IO.Stream) })!.Invoke(null, new object[] { stream });
        byte[] export = stream.ToArray();
        string hash = (string)dataset.GetField("ContentHash", System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.GetValue(null)!;
        var snapshotType = dataset.Assembly.GetType("Types.CatalogSnapshot", throwOnError: true)!;
        var read = snapshotType.GetMethod("ReadJson", new[] { typeof(System.IO.Stream) })!;
        var original = dataset.GetMethod("ToSnapshot", System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.Invoke(null, null)!;

        var random = new Random(Seed + 3);
        int rejected = 0, accepted = 0, changed = 0;
        for (int i = 0; i < Inputs; i++)
        {
            byte[] mutated = MutateBytes(export, random);
            object snapshot;
            try
            {
                snapshot = read.Invoke(null, new object[] { new System.IO.MemoryStream(mutated) })!;
            }
            catch (System.Reflection.TargetInvocationException ex)
            {
                Assert.True(ex.InnerException is System.Text.Json.JsonException, $"Mutation {i} threw {ex.InnerException?.GetType().Name}: {ex.InnerException?.Message}\n{Encoding.UTF8.GetString(mutated)}");
                rejected++;
                continue;
            }
            accepted++;
            string readHash = (string)snapshotType.GetProperty("ContentHash")!.GetValue(snapshot)!;
            if (readHash == hash)
            {
                // The build's hash only for the build's records, written the same.
                Assert.Equal(original, snapshot);
                Assert.Equal(Encoding.UTF8.GetString(export), (string)snapshotType.GetMethod("ToJson")!.Invoke(snapshot, null)!);
            }
            else
            {
                Assert.Equal(string.Empty, readHash);
                changed++;
            }
        }
        output.WriteLine($"{Inputs:N0} mutated exports: {rejected:N0} JsonException, {accepted:N0} read ({changed:N0} of them changed, with no hash)");
        Assert.True(rejected > 0 && changed > 0, "the mutations reach neither the refusals nor the changes");
    }

    /// <summary>An export with a few bytes flipped, inserted or removed, a cut, a repeat, or bytes that are not UTF-8.</summary>
    private static byte[] MutateBytes(byte[] json, Random random)
    {
        var bytes = json.ToList();
        string[] inserts = { "\\ud800", "\\udfff", "\xff", "\xc3", "\xed\xa0\x80", "0", "-", "e400", ".5", "\"", ",", "[", "]", "{", "}", "null", "1e-29", "\\u0000" };
        for (int e = random.Next(1, 4); e > 0 && bytes.Count > 0; e--)
        {
            int at = random.Next(bytes.Count);
            switch (random.Next(6))
            {
                case 0: bytes[at] = (byte)random.Next(256); break;
                case 1: bytes.RemoveAt(at); break;
                case 2: bytes.RemoveRange(at, bytes.Count - at); break;
                case 3:
                {
                    int length = Math.Min(random.Next(1, 200), bytes.Count - at);
                    bytes.InsertRange(at, bytes.GetRange(at, length));
                    break;
                }
                case 4:
                    // a digit changed: a price, a count, a date
                    int digit = bytes.FindIndex(at, b => b >= '0' && b <= '9');
                    if (digit >= 0) bytes[digit] = (byte)('0' + random.Next(10));
                    break;
                default:
                    bytes.InsertRange(at, inserts[random.Next(inserts.Length)].Select(c => (byte)c));
                    break;
            }
        }
        return bytes.ToArray();
    }

    private static string Show(string input) => input.Length > 500 ? input.Substring(0, 500) + "... (" + input.Length + " characters)" : input;
}
