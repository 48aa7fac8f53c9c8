using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SeedData.Generator.Tests.Infrastructure;
using Xunit;

namespace SeedData.Generator.Tests;

/// <summary>
/// Every kind of bad input yields its SD diagnostic at the exact place, with a hint, and never a generator
/// crash (CS8785).
/// </summary>
public sealed class DiagnosticTests
{
    /// <param name="Line">1-based, as MSBuild prints it.</param>
    /// <param name="Column">1-based, as MSBuild prints it.</param>
    internal sealed record Case(string Id, string File, int Line, int Column, string Records, DataFile[] Files, string? MessageContains = null);

    private const string Actors = Samples.NewsActors;

    private static DataFile Yaml(string text) => DataFile.Yaml("x.yaml", text);

    private static Case Data(string id, int line, int column, string yaml, string? contains = null)
        => new(id, "/data/x.yaml", line, column, Samples.NewsRecords, new[] { DataFile.Yaml("actors.yaml", Actors), Yaml(yaml) }, contains);

    private static Case Json(string id, int line, int column, string json, string? contains = null)
        => new(id, "/data/x.json", line, column, Samples.NewsRecords, new[] { new DataFile("/data/x.json", json) }, contains);

    /// <summary>A CSV file of the news records' collection <paramref name="collection"/>, named after it.</summary>
    private static Case Csv(string id, int line, int column, string collection, string csv, string? contains = null)
        => new(id, "/data/" + collection + ".csv", line, column, Samples.NewsRecords,
            new[] { DataFile.Yaml("actors.yaml", Actors), new DataFile("/data/" + collection + ".csv", csv) }, contains);

    /// <summary>A file of one collection, or with its own key naming: item metadata in the project file.</summary>
    private static Case Metadata(string id, int line, int column, string yaml, (string, string) metadata, string? contains = null)
        => new(id, "/data/x.yaml", line, column, Samples.NewsRecords, new[] { DataFile.With("x.yaml", yaml, metadata) }, contains);

    private static Case Declaration(string id, int line, int column, string records, string? contains = null)
        => new(id, "/src/Source0.cs", line, column, records, new[] { DataFile.Yaml("actors.yaml", "tags: []\n") }, contains);

    /// <summary>A declaration case for the one line of C# between 'using SeedData;' (line 1) and a dataset class D: it is line 2.</summary>
    private static Case Declared(string id, int column, string declaration, string? contains = null)
        => Declaration(id, 2, column, "using SeedData;\n" + declaration + "\n[SeedDataset] public static partial class D;\n", contains);

    private static string BillionLaughs()
    {
        var builder = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i <= 9; i++)
        {
            builder.Append($"a{i}: &a{i} [").Append(string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))).Append("]\n");
        }
        return builder.ToString();
    }

    private static readonly Dictionary<string, Case> Cases = new()
    {
        ["yaml-syntax"] = Data("SD0001", 3, 11, "actors:\n  - id: x\n    name: [unclosed\n", "'[' is not closed"),
        // Found by RobustnessTests: YamlDotNet throws InvalidOperationException, not a YamlException, here.
        ["yaml-unclosed-flow-in-block"] = Data("SD0001", 3, 11, "actors:\n  - id: x\n    name: [X\n    kind: person\nstatements:\n  - id: s\n", "'[' is not closed"),
        // The first offending character, not where YamlDotNet noticed: the over-indented key, the tab, the escape.
        ["yaml-over-indented-key"] = Data("SD0001", 4, 6, "actors:\n  - id: x\n    name: X\n     kind: person\n", "indented 5 spaces"),
        ["yaml-tab-indentation"] = Data("SD0001", 3, 1, "actors:\n  - id: x\n\tname: X\n", "tab"),
        ["yaml-lone-surrogate-escape"] = Data("SD0001", 2, 10, "actors:\n  - id: \"\\uD800\\u1234\"\n    name: X\n    kind: person\n", "surrogate"),
        ["yaml-lone-surrogate"] = Data("SD0001", 3, 12, "actors:\n  - id: x\n    name: \"\\uD800\"\n    kind: person\n", "surrogate"),
        ["json-syntax"] = Json("SD0002", 1, 27, "{ \"actors\": [ { \"id\": \"a\",, } ] }"),
        ["json-unquoted-text"] = Json("SD0002", 1, 22, "{ \"actors\": [ {\"id\": kyiv, \"name\": \"Kyiv\", \"kind\": \"government\"} ] }", "double quotes"),
        ["json-yaml-syntax"] = Json("SD0002", 1, 1, "actors:\n  - id: a\n"),
        ["empty-file"] = Data("SD0003", 1, 1, ""),
        ["comment-only-file"] = Data("SD0003", 1, 1, "# nothing yet\n"),
        ["billion-laughs"] = Data("SD0005", 5, 45, BillionLaughs()),
        ["unknown-alias"] = Data("SD0007", 4, 14, "statements:\n  - id: s\n    speaker: marco-rubio\n    summary: *missing\n"),
        ["root-is-a-list"] = Data("SD0006", 1, 1, "- id: x\n"),
        ["records-not-a-list"] = Data("SD0006", 2, 3, "actors:\n  id: x\n"),
        ["too-deep"] = Data("SD0006", 1, 68, "x: " + new string('[', 70) + new string(']', 70) + "\n", "nesting"),
        ["unknown-collection"] = Data("SD0010", 1, 1, "actrs:\n  - id: x\n", "did you mean 'actors'"),
        ["seed-field-empty"] = Declared("SD0081", 67, "[SeedRecord(\"tags\")] public sealed partial record Tag(string Id, [SeedField(\"\")] string Name);", "the key is empty"),
        ["seed-field-taken"] = Declared("SD0081", 67, "[SeedRecord(\"tags\")] public sealed partial record Tag(string Id, [SeedField(\"id\")] string Name);", "already the key of the parameter 'Id'"),
        ["dataset-key-naming"] = Declaration("SD0080", 3, 2, "using SeedData;\n[SeedRecord(\"tags\")] public sealed partial record Tag(string Id);\n[SeedDataset(KeyNaming = \"Snake\")] public static partial class D;\n", "[SeedDataset(KeyNaming = ...)] of 'D'"),
        ["unknown-key"] = Data("SD0011", 4, 5, "actors:\n  - id: x\n    kind: person\n    nmae: X\n", "did you mean 'name'"),
        ["missing-required-key"] = Data("SD0012", 2, 5, "actors:\n  - id: x\n    kind: person\n", "'name'"),
        ["duplicate-key"] = Data("SD0013", 4, 5, "actors:\n  - id: x\n    name: X\n    name: Y\n    kind: person\n"),
        ["null-for-required-text"] = Data("SD0014", 3, 11, "actors:\n  - id: x\n    name: ~\n    kind: person\n", "nullable"),
        ["list-for-enum"] = Data("SD0014", 4, 11, "actors:\n  - id: x\n    name: X\n    kind: [person]\n"),
        ["scalar-for-list"] = Data("SD0014", 5, 14, "actors:\n  - id: x\n    name: X\n    kind: person\n    aliases: X\n", "list"),
        ["quoted-date"] = Data("SD0014", 5, 13, "statements:\n  - id: s\n    speaker: marco-rubio\n    summary: S\n    saidOn: 25/11/2025\n", "yyyy-MM-dd"),
        ["impossible-date"] = Data("SD0015", 5, 13, "statements:\n  - id: s\n    speaker: marco-rubio\n    summary: S\n    saidOn: 2025-02-30\n", "no such day"),
        ["unknown-enum-member"] = Data("SD0016", 4, 11, "actors:\n  - id: x\n    name: X\n    kind: persn\n", "person, government, unnamed-group"),
        ["unknown-reference"] = Data("SD0017", 3, 14, "statements:\n  - id: s\n    speaker: marco-rubbio\n    summary: S\n", "did you mean 'marco-rubio'"),
        ["unknown-reference-in-list"] = Data("SD0017", 5, 29, "statements:\n  - id: s\n    speaker: marco-rubio\n    summary: S\n    audience: [marco-rubio, nobody]\n"),
        ["duplicate-id"] = Data("SD0018", 2, 9, "actors:\n  - id: marco-rubio\n    name: Again\n    kind: person\n"),
        ["reference-cycle"] = Data("SD0019", 9, 17,
            "statements:\n  - id: a\n    speaker: marco-rubio\n    summary: A\n    respondsTo: b\n  - id: b\n    speaker: marco-rubio\n    summary: B\n    respondsTo: a\n", "statements:a -> statements:b -> statements:a"),
        ["id-not-text"] = Data("SD0020", 2, 9, "actors:\n  - id: [a]\n    name: X\n    kind: person\n"),
        ["id-empty-text"] = Data("SD0020", 2, 9, "actors:\n  - id: ' '\n    name: X\n    kind: person\n"),
        ["collection-root-not-a-list-or-mapping"] = Metadata("SD0006", 1, 1, "just text\n", ("Collection", "actors"), "a mapping from each record's id"),
        ["keyed-record-with-its-id-again"] = Metadata("SD0082", 2, 3, "marco-rubio:\n  id: marco-rubio\n  name: X\n  kind: person\n", ("Collection", "actors"), "its key 'marco-rubio'"),
        ["keyed-record-not-a-mapping"] = Metadata("SD0006", 1, 14, "marco-rubio: [a]\n", ("Collection", "actors"), "Actor record"),
        ["unknown-key-naming"] = Metadata("SD0080", 1, 1, "actors: []\n", ("KeyNaming", "Snake"), "snake_case"),
        ["unknown-collection-metadata"] = Metadata("SD0083", 1, 1, "[]\n", ("Collection", "actor"), "did you mean 'actors'"),
        ["unknown-collection-of-a-csv-file"] = Csv("SD0083", 1, 1, "actor", "id,name,kind\n", "named by the file's name"),
        ["csv-unclosed-quote"] = Csv("SD0084", 3, 6, "actors", "id,name,kind\nx,X,person\nkyiv,\"Kyiv,government\n", "never closed"),
        ["csv-quote-inside-a-field"] = Csv("SD0084", 2, 5, "actors", "id,name,kind\nx,Ma\"rco,person\n", "quote inside a field"),
        ["csv-text-after-a-closing-quote"] = Csv("SD0084", 2, 10, "actors", "id,name,kind\nx,\"Marco\" Rubio,person\n", "after the closing quote"),
        ["csv-too-many-fields"] = Csv("SD0085", 2, 15, "actors", "id,name,kind\nx,Marco,Rubio,person\n", "4 fields, but the header has 3"),
        ["csv-too-few-fields"] = Csv("SD0085", 2, 8, "actors", "id,name,kind\nx,Marco\n", "ends before 'kind'"),
        ["csv-duplicate-column"] = Csv("SD0086", 1, 9, "actors", "id,name,name,kind\n", "first as column 2"),
        ["csv-missing-column"] = Csv("SD0087", 1, 1, "actors", "id,kind\nx,person\n", "'name'"),
        ["csv-unknown-column"] = Csv("SD0011", 1, 4, "actors", "id,nmae,kind\nx,X,person\n", "did you mean 'name'"),
        ["csv-empty-required-cell"] = Csv("SD0014", 2, 3, "actors", "id,name,kind\nx,,person\n", "nullable"),
        ["csv-bad-value"] = Csv("SD0015", 2, 17, "statements", "id,speaker,summary,saidOn\ns,marco-rubio,S,2025-02-30\n", "no such day"),
        ["csv-unknown-enum-member"] = Csv("SD0016", 2, 5, "actors", "id,name,kind\nx,X,persn\n", "unnamed-group"),
        ["csv-unknown-reference-in-a-list"] = Csv("SD0017", 2, 29, "statements", "id,speaker,summary,audience\ns,marco-rubio,S,marco-rubio;nobody\n", "'nobody'"),
        ["csv-empty-file"] = Csv("SD0003", 1, 1, "actors", ""),
        ["unsupported-parameter-type"] = Declaration("SD0030", 3, 28,
            "using SeedData;\n[SeedRecord(\"tags\")] public sealed partial record Tag(string Id, object Payload);\n[SeedDataset] public static partial class D;\n".Replace("Tag(string Id, object Payload);\n", "Tag(string Id,\n    string Name,    object Payload);\n"), "object"),
        ["generic-record"] = Declared("SD0040", 51,
            "[SeedRecord(\"tags\")] public sealed partial record Tag<T>(string Id, T Value);", "non-generic"),
        ["abstract-record"] = Declared("SD0041", 53,
            "[SeedRecord(\"tags\")] public abstract partial record Tag(string Id);", "abstract"),
        ["not-a-record"] = Declared("SD0042", 50,
            "[SeedRecord(\"tags\")] public sealed partial class Tag { public string Id { get; set; } = \"\"; }", "is a class, not a record"),
        ["struct-not-a-record"] = Declared("SD0042", 44,
            "[SeedRecord(\"tags\")] public partial struct Tag { public string Id { get; set; } }", "is a struct, not a record"),
        ["record-without-parameters"] = Declared("SD0043", 51,
            "[SeedRecord(\"tags\")] public sealed partial record Tag { public string Id { get; init; } = \"\"; }", "no positional parameters"),
        ["empty-collection-name"] = Declared("SD0044", 47,
            "[SeedRecord(\"\")] public sealed partial record Tag(string Id);", "empty collection name"),
        ["record-without-id"] = Declared("SD0045", 51,
            "[SeedRecord(\"tags\")] public sealed partial record Tag(string Name);", "'string Id'"),
        ["record-with-an-int-id"] = Declared("SD0045", 51,
            "[SeedRecord(\"tags\")] public sealed partial record Tag(int Id);", "'string Id'"),
        ["duplicate-collection"] = Declaration("SD0032", 3, 51,
            "using SeedData;\n[SeedRecord(\"tags\")] public sealed partial record Tag(string Id);\n[SeedRecord(\"tags\")] public sealed partial record Two(string Id);\n[SeedDataset] public static partial class D;\n"),
        ["collection-name-without-letters"] = Declared("SD0046", 49,
            "[SeedRecord(\"--\")] public sealed partial record Tag(string Id);", "no letter or digit"),
        ["collection-names-with-one-property"] = Declaration("SD0047", 3, 50,
            "using SeedData;\n[SeedRecord(\"a-b\")] public sealed partial record Tag(string Id);\n[SeedRecord(\"a_b\")] public sealed partial record Two(string Id);\n[SeedDataset] public static partial class D;\n",
            "as the collection 'a-b' of 'Tag' (at /src/Source0.cs(2,50)) does"),
        ["collection-named-like-a-dataset-member"] = Declared("SD0048", 59,
            "[SeedRecord(\"content-hash\")] public sealed partial record Tag(string Id);", "'ContentHash'"),
        ["collection-named-like-the-dataset"] = Declaration("SD0049", 3, 43,
            "using SeedData;\n[SeedRecord(\"tags\")] public sealed partial record Tag(string Id);\n[SeedDataset] public static partial class Tags;\n", "collection 'tags' (of 'Tag', at /src/Source0.cs(2,51))"),
        ["dataset-not-static"] = Declaration("SD0033", 3, 36,
            "using SeedData;\n[SeedRecord(\"tags\")] public sealed partial record Tag(string Id);\n[SeedDataset] public partial class D { }\n", "it must be static. Declare it as"),
        ["two-datasets"] = Declaration("SD0050", 4, 43,
            "using SeedData;\n[SeedRecord(\"tags\")] public sealed partial record Tag(string Id);\n[SeedDataset] public static partial class D;\n[SeedDataset] public static partial class E;\n",
            "'D' (at /src/Source0.cs(3,43)) is already"),
    };

    public static TheoryData<string> CaseNames => new(Cases.Keys.OrderBy(k => k, StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Bad_input_is_reported_at_its_location_without_crashing(string name)
    {
        var testCase = Cases[name];
        var output = GeneratorHarness.Run(testCase.Records, testCase.Files);

        Assert.All(output.RunResult.Results, r => Assert.Null(r.Exception));
        Assert.DoesNotContain(output.GeneratorDiagnostics.Concat(output.Compilation.GetDiagnostics()), d => d.Id == "CS8785");

        var matching = output.SeedDiagnostics.Where(d => d.Id == testCase.Id).ToList();
        Assert.True(matching.Count > 0, $"Expected {testCase.Id}; got: {string.Join(" | ", output.SeedDiagnostics)}");
        var diagnostic = matching[0];
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(testCase.File, span.Path);
        Assert.Equal((testCase.Line, testCase.Column), (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.EndsWith("docs/diagnostics.md#" + testCase.Id.ToLowerInvariant(), diagnostic.Descriptor.HelpLinkUri);
        if (testCase.MessageContains is not null) Assert.Contains(testCase.MessageContains, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Duplicate_id_points_at_both_places()
    {
        var output = GeneratorHarness.Run(Samples.NewsRecords,
            DataFile.Yaml("actors.yaml", Actors), Yaml("actors:\n  - { id: marco-rubio, name: Again, kind: person }\n"));
        var diagnostic = Assert.Single(output.SeedDiagnostics);
        Assert.Equal("SD0018", diagnostic.Id);
        var other = Assert.Single(diagnostic.AdditionalLocations).GetLineSpan();
        Assert.Equal(("/data/actors.yaml", 1), (other.Path, other.StartLinePosition.Line));
    }

    [Fact]
    public void All_errors_of_a_build_are_reported_not_just_the_first()
    {
        var output = GeneratorHarness.Run(Samples.NewsRecords,
            DataFile.Yaml("actors.yaml", "actors:\n  - { id: a, name: A, kind: persn }\n  - { id: b, name: B, kind: person, nmae: x }\n"),
            Yaml("statements:\n  - { id: s, speaker: c, summary: S }\n"));
        Assert.Equal(new[] { "SD0011", "SD0016", "SD0017" }, output.SeedDiagnostics.Select(d => d.Id).OrderBy(i => i));
    }

    [Theory]
    // Found by ConformanceTests (yaml-test-suite Y79Y): a key that is a list or a mapping was reported as not text
    // (SD0006), and then again as an unknown collection or key named '', and a second one as a duplicate of ''.
    [InlineData("? [a]\n: x\n? {b: c}\n: y\nactors: []\n", 1, 3)]
    [InlineData("? [a]\n: - id: x\n", 1, 3)]
    [InlineData("actors:\n  - id: x\n    name: X\n    kind: person\n    ? [a]\n    : 1\n    ? [b]\n    : 2\n", 5, 7)]
    public void A_key_that_is_not_text_is_one_SD0006_and_no_unknown_or_duplicate_key(string yaml, int line, int column)
    {
        var output = GeneratorHarness.Run(Samples.NewsRecords, Yaml(yaml));
        var diagnostics = output.SeedDiagnostics;
        Assert.All(diagnostics, d => Assert.Equal("SD0006", d.Id));
        var first = diagnostics[0].Location.GetLineSpan().StartLinePosition;
        Assert.Equal((line, column), (first.Line + 1, first.Character + 1));
        Assert.Contains("text key", diagnostics[0].GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Data_errors_leave_the_generated_api_in_place_so_user_code_gets_no_cascade_of_errors()
    {
        var usage = "namespace News; public static class Use { public static string Name() => Data.Actors.MarcoRubio.Name; }";
        var output = GeneratorHarness.Run(new[] { Samples.NewsRecords, usage },
            DataFile.Yaml("actors.yaml", Samples.NewsActors), Yaml("statements:\n  - { id: s, speaker: nobody, summary: S }\n"));
        Assert.Equal("SD0017", Assert.Single(output.SeedDiagnostics).Id);
        Assert.Empty(output.CompilationProblems);
    }

    [Fact]
    public void Data_files_without_a_dataset_class_warn()
    {
        var output = GeneratorHarness.Run("using SeedData; [SeedRecord(\"tags\")] public sealed partial record Tag(string Id);", Yaml("tags: []\n"));
        var diagnostic = Assert.Single(output.SeedDiagnostics);
        Assert.Equal(("SD0034", DiagnosticSeverity.Warning), (diagnostic.Id, diagnostic.Severity));
    }

    [Fact]
    public void A_dataset_with_records_but_no_data_files_warns_at_the_dataset_class()
    {
        var output = GeneratorHarness.Run(Samples.NewsRecords);
        var diagnostic = Assert.Single(output.SeedDiagnostics);
        Assert.Equal(("SD0035", DiagnosticSeverity.Warning), (diagnostic.Id, diagnostic.Severity));
        Assert.Contains("SeedDataFile", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(19, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_reported()
    {
        byte[] latin1 = { (byte)'a', (byte)'c', (byte)'t', (byte)'o', (byte)'r', (byte)'s', (byte)':', (byte)' ', 0xE9, 0xFF, (byte)'\n' };
        var text = SourceText.From(new System.IO.MemoryStream(latin1), Encoding.UTF8);
        var output = GeneratorHarness.Run(Samples.NewsRecords, new DataFile("/data/latin1.yaml", text));
        var diagnostic = Assert.Single(output.SeedDiagnostics);
        Assert.Equal(("SD0004", "/data/latin1.yaml"), (diagnostic.Id, diagnostic.Location.GetLineSpan().Path));
    }

    [Fact]
    public void Every_descriptor_is_documented_and_tracked()
    {
        string root = RepositoryRoot();
        string docs = System.IO.File.ReadAllText(System.IO.Path.Combine(root, "docs", "diagnostics.md"));
        string unshipped = System.IO.File.ReadAllText(System.IO.Path.Combine(root, "src", "SeedData.Generator", "AnalyzerReleases.Unshipped.md"));
        foreach (var descriptor in Diagnostics.DiagnosticDescriptors.All)
        {
            Assert.Contains("## " + descriptor.Id, docs);
            Assert.Contains(descriptor.Id + " |", unshipped);
        }
    }

    internal static string RepositoryRoot()
    {
        var directory = new System.IO.DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !System.IO.File.Exists(System.IO.Path.Combine(directory.FullName, "SeedData.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("SeedData.sln not found above " + AppContext.BaseDirectory);
    }
}
