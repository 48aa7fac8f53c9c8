using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using SeedData.Generator.Tests.Infrastructure;
using Xunit;

namespace SeedData.Generator.Tests;

/// <summary>
/// One mistake gives one error, at its place: never a second error it causes, in another data file, in generated
/// code or in the user's own code.
/// </summary>
public sealed class CascadeTests
{
    // User code that uses the generated API, named members of both collections included.
    private const string Usage = """
        namespace News;
        public static class Use
        {
            public static string Names() => Data.Actors.MarcoRubio.Name + Data.Actors.EuropeanOfficials.Name + Data.Statements.OfficialsReply.Summary;
        }
        """;

    private static void AssertOnlyDiagnostic(GeneratorOutput output, string id, string file, int line, int column)
    {
        var all = output.GeneratorDiagnostics.Concat(output.Compilation.GetDiagnostics()).Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        var diagnostic = Assert.Single(all);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal((id, file, line, column), (diagnostic.Id, span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
    }

    [Fact]
    public void Renaming_the_Id_parameter_gives_one_SD0045_and_no_error_in_generated_or_user_code()
    {
        string records = Samples.NewsRecords.Replace("record Actor(string Id,", "record Actor(string Key,", StringComparison.Ordinal);
        var output = GeneratorHarness.Run(new[] { records, Usage },
            DataFile.Yaml("actors.yaml", Samples.NewsActors), DataFile.Yaml("statements.yaml", Samples.NewsStatements));
        AssertOnlyDiagnostic(output, "SD0045", "/src/Source0.cs", 10, 30);
        Assert.Contains("'string Id'", output.SeedDiagnostics[0].GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_misindented_line_gives_one_SD0001_and_references_into_the_file_stay_known()
    {
        // Line 6 is indented one space too far: the parser stops there, after marco-rubio, before european-officials.
        const string actors = """
            actors:
              - id: marco-rubio
                name: Marco Rubio
                kind: person
              - id: european-officials
                 name: European officials
                kind: unnamed-group
            """;
        var output = GeneratorHarness.Run(new[] { Samples.NewsRecords, Usage },
            DataFile.Yaml("actors.yaml", actors), DataFile.Yaml("statements.yaml", Samples.NewsStatements));
        var diagnostic = Assert.Single(output.GeneratorDiagnostics.Concat(output.Compilation.GetDiagnostics()), d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.Equal(("SD0001", "/data/actors.yaml"), (diagnostic.Id, diagnostic.Location.GetLineSpan().Path));
        Assert.Equal(6, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
    }

    [Fact]
    public void A_comment_in_json_gives_one_SD0002_at_the_comment()
    {
        const string json = """
            {
              // the actors
              "actors": [
                { "id": "marco-rubio", "name": "Marco Rubio", "kind": "person" },
                { "id": "european-officials", "name": "European officials", "kind": "unnamed-group" }
              ]
            }
            """;
        var output = GeneratorHarness.Run(new[] { Samples.NewsRecords, Usage },
            new DataFile("/data/actors.json", json), DataFile.Yaml("statements.yaml", Samples.NewsStatements));
        AssertOnlyDiagnostic(output, "SD0002", "/data/actors.json", 2, 3);
        Assert.Contains("no comments", output.SeedDiagnostics[0].GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void An_unsupported_parameter_type_gives_one_SD0030_and_its_data_key_no_second_error()
    {
        string records = Samples.NewsRecords.Replace("string? WikidataId = null", "object? WikidataId = null", StringComparison.Ordinal);
        var output = GeneratorHarness.Run(new[] { records, Usage },
            DataFile.Yaml("actors.yaml", Samples.NewsActors), DataFile.Yaml("statements.yaml", Samples.NewsStatements));
        // At the parameter: line 11, "object? WikidataId".
        AssertOnlyDiagnostic(output, "SD0030", "/src/Source0.cs", 11, 55);
    }

    [Fact]
    public void A_record_with_init_properties_gets_one_SD0043_that_says_why()
    {
        const string records = """
            using SeedData;
            namespace Shop;
            [SeedRecord("tags")] public sealed partial record Tag { public string Id { get; init; } = ""; public string Name { get; init; } = ""; }
            [SeedDataset] public static partial class Data;
            """;
        var output = GeneratorHarness.Run(records, DataFile.Yaml("tags.yaml", "tags:\n  - { id: a, name: A }\n"));
        var diagnostic = Assert.Single(output.SeedDiagnostics);
        Assert.Equal("SD0043", diagnostic.Id);
        Assert.Contains("no positional parameters", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(output.CompilationProblems.Where(d => !d.Id.StartsWith("SD", StringComparison.Ordinal)));
    }

    private const string Releases = """
        using System;
        using SeedData;
        namespace Music;
        public sealed record Credit(string Role, string Name);
        [SeedRecord("releases")] public sealed partial record Release(string Id, string Title, DateOnly ReleasedOn, Credit? Credit = null);
        [SeedDataset] public static partial class Data;
        """;

    [Fact]
    public void A_misspelt_required_key_is_one_SD0011_with_its_did_you_mean_and_no_SD0012()
    {
        var output = GeneratorHarness.Run(Releases, DataFile.Yaml("releases.yaml", "releases:\n  - id: a\n    title: A\n    relasedOn: 2024-01-01\n"));
        AssertOnlyDiagnostic(output, "SD0011", "/data/releases.yaml", 4, 5);
        Assert.Contains("did you mean 'releasedOn'", output.SeedDiagnostics[0].GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_misspelt_required_key_of_an_inline_record_is_one_SD0011()
    {
        var output = GeneratorHarness.Run(Releases,
            DataFile.Yaml("releases.yaml", "releases:\n  - id: a\n    title: A\n    releasedOn: 2024-01-01\n    credit: { role: producer, nmae: B }\n"));
        AssertOnlyDiagnostic(output, "SD0011", "/data/releases.yaml", 5, 31);
        Assert.Contains("did you mean 'name'", output.SeedDiagnostics[0].GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void An_unknown_key_that_suggests_no_missing_key_leaves_the_missing_key_reported()
    {
        // 'colour' is like no key of a Release: it is an extra key, and the release still lacks its date.
        var output = GeneratorHarness.Run(Releases, DataFile.Yaml("releases.yaml", "releases:\n  - id: a\n    title: A\n    colour: red\n"));
        Assert.Equal(new[] { "SD0011", "SD0012" }, output.SeedDiagnostics.Select(d => d.Id));
        Assert.Contains("'releasedOn'", output.SeedDiagnostics[1].GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Two_records_without_a_string_Id_give_one_error_each_and_their_data_none()
    {
        // As a new user found it: the records name themselves by 'key', so none has an 'id'. Some are wrong in other
        // ways too; a declaration that cannot be used is the one mistake to fix first.
        const string records = """
            using SeedData;
            namespace Shop;
            [SeedRecord("products")] public sealed partial record Product(string Key, string Name, int Price);
            [SeedRecord("suppliers")] public sealed partial record Supplier(string Key, string Name);
            [SeedRecord("orders")] public sealed partial record Order(string Id, Product Product, Supplier Supplier);
            [SeedDataset] public static partial class Data;
            """;
        var files = new List<DataFile>();
        for (int f = 0; f < 4; f++)
        {
            var yaml = new System.Text.StringBuilder(f % 2 == 0 ? "products:\n" : "suppliers:\n");
            for (int r = 0; r < 18; r++) yaml.Append($"  - {{ key: item-{f}-{r}, name: Item {r}, price: {(r == 3 ? "cheap" : r.ToString(System.Globalization.CultureInfo.InvariantCulture))}, extra: 1 }}\n");
            yaml.Append("  - { id: '---', name: No letters }\n  - { id: twice, name: A }\n  - { id: twice, name: B }\n");
            files.Add(DataFile.Yaml($"part{f}.yaml", yaml.ToString()));
        }
        files.Add(DataFile.Yaml("orders.yaml", "orders:\n  - { id: o1, product: item-0-1, supplier: item-1-1 }\n"));

        var output = GeneratorHarness.Run(records, files.ToArray());

        var diagnostics = output.SeedDiagnostics.Select(d => (d.Id, d.Location.GetLineSpan().Path, d.Location.GetLineSpan().StartLinePosition.Line + 1)).ToList();
        Assert.Equal(new[] { ("SD0045", "/src/Source0.cs", 3), ("SD0045", "/src/Source0.cs", 4) }, diagnostics.OrderBy(d => d.Item3));
        Assert.Empty(output.CompilationProblems.Where(d => !d.Id.StartsWith("SD", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_syntax_error_in_the_data_of_a_record_that_cannot_be_used_is_still_reported()
    {
        const string records = """
            using SeedData;
            [SeedRecord("tags")] public sealed partial record Tag(string Key);
            [SeedDataset] public static partial class Data;
            """;
        var output = GeneratorHarness.Run(records, DataFile.Yaml("tags.yaml", "tags:\n  - key: a\n  - key: [b\n"));
        Assert.Equal(new[] { "SD0001", "SD0045" }, output.SeedDiagnostics.Select(d => d.Id).OrderBy(i => i, StringComparer.Ordinal));
    }

    [Fact]
    public void Data_under_a_collection_name_that_makes_no_property_is_not_an_unknown_collection()
    {
        const string records = """
            using SeedData;
            [SeedRecord("a-b")] public sealed partial record Tag(string Id);
            [SeedRecord("a_b")] public sealed partial record Two(string Id);
            [SeedDataset] public static partial class Data;
            """;
        var output = GeneratorHarness.Run(records, DataFile.Yaml("two.yaml", "a_b:\n  - id: x\n"));
        AssertOnlyDiagnostic(output, "SD0047", "/src/Source0.cs", 3, 50);
    }
}
