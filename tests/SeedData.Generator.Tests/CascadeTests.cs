using System;
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
}
