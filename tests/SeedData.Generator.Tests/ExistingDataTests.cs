using System;
using System.Collections;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using SeedData.Generator.Model;
using SeedData.Generator.Tests.Infrastructure;
using Xunit;
using static SeedData.Generator.Tests.Infrastructure.GeneratedData;

namespace SeedData.Generator.Tests;

/// <summary>
/// Data in the shapes it is published in, bound unedited: a file of one collection whose root is a list or a mapping
/// keyed by the records' ids, keys in snake_case, kebab-case or as declared, keys no C# name can spell, and ids that
/// make no member name.
/// </summary>
public sealed class ExistingDataTests
{
    /// <summary>A registry kept as a mapping keyed by name, as projects keep theirs: snake_case keys, references by name.</summary>
    private const string Languages = """
        using System.Collections.Immutable;
        using SeedData;
        namespace Registry;
        public enum LanguageType { Programming, Markup, Data, Prose }
        [SeedRecord("languages")]
        public sealed partial record Language(string Id, LanguageType? Type = null, string? Color = null, ImmutableArray<string> Extensions = default,
            Language? Group = null, int? LanguageId = null, string? TmScope = null);
        [SeedDataset] public static partial class Data;
        """;

    private const string LanguagesYaml = """
        # A registry as published: each language under its name.
        ABAP:
          type: programming
          color: "#E8274B"
          extensions:
          - ".abap"
          tm_scope: source.abap
          language_id: 1
        C:
          type: programming
          color: "#555555"
          extensions: [".c", ".h"]
          language_id: 41
        C#:
          type: programming
          extensions: [".cs"]
          language_id: 42
        C++:
          type: programming
          extensions: [".cpp"]
          group: C
          language_id: 43
        Markdown:
          type: prose
        Text:
        """;

    /// <summary>Repositories that reference languages by name, kept apart from them.</summary>
    private const string Repos = """
        using SeedData;
        namespace Registry;
        [SeedRecord("languages")] public sealed partial record Language(string Id, string? Color = null);
        [SeedRecord("repos")] public sealed partial record Repo(string Id, Language Language);
        [SeedDataset] public static partial class Data;
        """;

    private static DataFile LanguagesFile(string text = LanguagesYaml)
        => DataFile.With("languages.yml", text, ("Collection", "languages"), ("KeyNaming", "snake_case"));


    [Fact]
    public void A_keyed_mapping_with_snake_case_keys_binds_each_key_as_the_id_and_references_by_name()
    {
        var built = GeneratorHarness.Run(Languages, LanguagesFile());
        Assert.DoesNotContain(built.SeedDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        var languages = Static(built.Load(), "Registry.Data", "Languages");

        Assert.Equal(new object[] { "ABAP", "C", "C#", "C++", "Markdown", "Text" }, ((IEnumerable)languages).Cast<object>().Select(l => Get(l, "Id")));
        var abap = ById(languages, "ABAP");
        Assert.Equal("source.abap", Get(abap, "TmScope"));
        Assert.Equal(1, Get(abap, "LanguageId"));
        Assert.Equal(".abap", Assert.Single((IEnumerable)Get(abap, "Extensions")!));
        Assert.Same(ById(languages, "C"), Get(ById(languages, "C++"), "Group"));
        // A key with nothing under it is a record of its id alone.
        Assert.Null(Get(ById(languages, "Text"), "Color"));
    }

    [Fact]
    public void Ids_that_make_no_distinct_member_name_get_none_with_one_info_and_are_found_by_id()
    {
        var built = GeneratorHarness.Run(Languages, LanguagesFile());
        var info = Assert.Single(built.SeedDiagnostics);
        Assert.Equal(("SD0021", DiagnosticSeverity.Info), (info.Id, info.Severity));
        string message = info.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("3 ids of 'languages' make no distinct member name", message);
        Assert.Contains("'C', 'C#' and 'C++' would all be 'C'", message);
        Assert.Contains("Data.Languages[\"C\"]", message);
        // At the first of them, and the others as additional places.
        Assert.Equal(("/data/languages.yml", 9), (info.Location.GetLineSpan().Path, info.Location.GetLineSpan().StartLinePosition.Line + 1));
        Assert.Equal(new[] { 14, 18 }, info.AdditionalLocations.Select(l => l.GetLineSpan().StartLinePosition.Line + 1));

        var assembly = built.Load();
        var collection = assembly.GetType("Registry.Data+LanguagesCollection", throwOnError: true)!;
        Assert.NotNull(collection.GetProperty("ABAP"));
        Assert.NotNull(collection.GetProperty("Markdown"));
        Assert.Null(collection.GetProperty("C"));
        var languages = Static(assembly, "Registry.Data", "Languages");
        foreach (string id in new[] { "C", "C#", "C++" })
        {
            Assert.Equal(id, Get(ById(languages, id), "Id"));
            var arguments = new object?[] { id, null };
            Assert.True((bool)languages.GetType().GetMethod("TryGet")!.Invoke(languages, arguments)!);
        }
    }

    [Fact]
    public void An_id_with_no_letter_and_one_taken_by_the_collection_class_are_named_in_the_info_too()
    {
        var built = GeneratorHarness.Run(Samples.NewsRecords, DataFile.Yaml("actors.yaml",
            "actors:\n  - { id: '---', name: X, kind: person }\n  - { id: count, name: Y, kind: person }\n  - { id: ok, name: Z, kind: person }\n"));
        var info = Assert.Single(built.SeedDiagnostics);
        string message = info.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("2 ids of 'actors' make", message);
        Assert.Contains("'---' has no letter or digit", message);
        Assert.Contains("'count' would be 'Count', which ActorsCollection already has", message);
        Assert.NotNull(built.Load().GetType("News.Data+ActorsCollection")!.GetProperty("Ok"));
    }

    [Fact]
    public void A_json_array_with_kebab_case_keys_and_a_key_no_csharp_name_can_spell()
    {
        const string records = """
            using SeedData;
            namespace Codes;
            [SeedRecord("countries")]
            public sealed partial record Country([SeedField("alpha-2")] string Id, string Name, [SeedField("iso_3166-2")] string Subdivisions,
                int CountryCode, string? SubRegion = null);
            [SeedDataset] public static partial class Data;
            """;
        const string json = """
            [
              {"name": "Afghanistan", "alpha-2": "AF", "country-code": 4, "iso_3166-2": "ISO 3166-2:AF", "sub-region": "Southern Asia"},
              {"name": "Åland Islands", "alpha-2": "AX", "country-code": 248, "iso_3166-2": "ISO 3166-2:AX", "sub-region": null}
            ]
            """;
        var built = GeneratorHarness.Run(records, DataFile.With("countries.json", json, ("Collection", "countries"), ("KeyNaming", "kebab-case")));
        Assert.Empty(built.SeedDiagnostics);
        var countries = Static(built.Load(), "Codes.Data", "Countries");
        var aland = ById(countries, "AX");
        Assert.Equal(("Åland Islands", 248, "ISO 3166-2:AX", (object?)null), (Get(aland, "Name"), Get(aland, "CountryCode"), Get(aland, "Subdivisions"), Get(aland, "SubRegion")));
        Assert.Equal("Southern Asia", Get(ById(countries, "AF"), "SubRegion"));
    }

    /// <summary>
    /// A country-code table as it is published (the ISO 3166 table with regional codes, as CSV): kebab-case headers and
    /// ones that kebab-case does not make from a C# name ("alpha-3": the kebab case of Alpha3 is alpha3), codes with
    /// leading zeros, names with commas in quotes, empty fields written "".
    /// </summary>
    [Fact]
    public void A_published_country_code_table_binds_unedited()
    {
        const string records = """
            using SeedData;
            namespace Codes;
            [SeedRecord("countries")]
            public sealed partial record Country([SeedField("alpha-2")] string Id, string Name, [SeedField("alpha-3")] string Alpha3, string CountryCode,
                [SeedField("iso_3166-2")] string Subdivisions, string? Region = null, string? SubRegion = null, string? IntermediateRegion = null,
                int? RegionCode = null, int? SubRegionCode = null, int? IntermediateRegionCode = null);
            [SeedDataset] public static partial class Data;
            """;
        const string csv = "name,alpha-2,alpha-3,country-code,iso_3166-2,region,sub-region,intermediate-region,region-code,sub-region-code,intermediate-region-code\r\n"
            + "Afghanistan,AF,AFG,004,ISO 3166-2:AF,Asia,Southern Asia,\"\",142,034,\"\"\r\n"
            + "\"Bolivia (Plurinational State of)\",BO,BOL,068,ISO 3166-2:BO,Americas,Latin America and the Caribbean,South America,019,419,005\r\n"
            + "\"Korea, Republic of\",KR,KOR,410,ISO 3166-2:KR,Asia,Eastern Asia,\"\",142,030,\"\"\r\n"
            + "Antarctica,AQ,ATA,010,ISO 3166-2:AQ,,,,,,\r\n";
        var built = GeneratorHarness.Run(records, DataFile.With("all.csv", csv, ("Collection", "countries"), ("KeyNaming", "kebab-case")));
        Assert.Empty(built.SeedDiagnostics);
        var countries = Static(built.Load(), "Codes.Data", "Countries");
        var korea = ById(countries, "KR");
        Assert.Equal(("Korea, Republic of", "410", 142, 30, (object?)null, ""), (Get(korea, "Name"), Get(korea, "CountryCode"), Get(korea, "RegionCode"),
            Get(korea, "SubRegionCode"), Get(korea, "IntermediateRegionCode"), Get(korea, "IntermediateRegion")));
        Assert.Equal(("004", 5), (Get(ById(countries, "AF"), "CountryCode"), Get(ById(countries, "BO"), "IntermediateRegionCode")));
        Assert.Null(Get(ById(countries, "AQ"), "Region"));
    }

    [Fact]
    public void A_key_in_another_naming_is_unknown_with_the_key_of_the_file_naming_suggested()
    {
        var built = GeneratorHarness.Run(Languages, LanguagesFile(LanguagesYaml.Replace("tm_scope:", "tmScope:")));
        var unknown = Assert.Single(built.SeedDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("SD0011", unknown.Id);
        Assert.Contains("did you mean 'tm_scope'", unknown.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void The_dataset_key_naming_spells_every_file_the_json_export_and_the_schema_and_a_file_may_name_its_own()
    {
        string records = Languages.Replace("[SeedDataset]", "[SeedDataset(KeyNaming = \"snake_case\")]", StringComparison.Ordinal);
        var camel = DataFile.With("more.yaml", "languages:\n  - id: Go\n    type: programming\n    tmScope: source.go\n", ("KeyNaming", "camelCase"));
        var built = GeneratorHarness.Run(records, DataFile.With("languages.yml", LanguagesYaml, ("Collection", "languages")), camel);
        Assert.DoesNotContain(built.SeedDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        var assembly = built.Load();
        Assert.Equal("source.go", Get(ById(Static(assembly, "Registry.Data", "Languages"), "Go"), "TmScope"));

        string schema = (string)assembly.GetType("Registry.Data")!.GetField("JsonSchema")!.GetValue(null)!;
        var definitions = System.Text.Json.Nodes.JsonNode.Parse(schema)!["$defs"]!;
        var keys = definitions["Registry.Language"]!["properties"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Contains("tm_scope", keys);
        Assert.Contains("language_id", keys);
        // The file in camelCase has its own entry point, and the records in that naming.
        Assert.Contains("tmScope", definitions["Registry.Language@camelCase"]!["properties"]!.AsObject().Select(p => p.Key));
        Assert.NotNull(definitions["file@camelCase"]);
        using var stream = new System.IO.MemoryStream();
        assembly.GetType("Registry.Data")!.GetMethod("WriteJson", new[] { typeof(System.IO.Stream) })!.Invoke(null, new object[] { stream });
        string export = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        Assert.Contains("\"tm_scope\":\"source.abap\"", export.Replace(" ", string.Empty));

        // The export is a data file of the dataset: it builds the same records, with the same content hash.
        var back = GeneratorHarness.Run(records, new DataFile("/data/export.json", export));
        Assert.Empty(back.SeedDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Equal(ContentHash(assembly, "Registry.Data"), ContentHash(back.Load(), "Registry.Data"));
    }

    [Fact]
    public void References_from_a_file_of_collections_reach_a_keyed_file_by_key()
    {
        var built = GeneratorHarness.Run(Repos,
            DataFile.With("languages.yml", "C#:\n  color: green\nF#:\n", ("Collection", "languages")),
            DataFile.Yaml("repos.yaml", "repos:\n  - { id: roslyn, language: 'C#' }\n  - { id: fsharp, language: 'F#' }\n  - { id: broken, language: 'C' }\n"));
        var unknown = Assert.Single(built.SeedDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(("SD0017", "/data/repos.yaml", 4), (unknown.Id, unknown.Location.GetLineSpan().Path, unknown.Location.GetLineSpan().StartLinePosition.Line + 1));
        Assert.Contains("did you mean 'C#'", unknown.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>One syntax error in a file of one collection is its one error: the ids it declares after it still resolve.</summary>
    [Theory]
    [InlineData("languages.yml", "C#:\n  color: green\nF#:\n  color: [blue\nVB:\n  color: grey\n")]
    [InlineData("languages.yml", "- id: C#\n  color: green\n- id: F#\n  color: [blue\n- id: VB\n")]
    [InlineData("languages.json", "[\n  {\"id\": \"C#\"},\n  {\"id\": \"F#\", \"color\": blue},\n  {\"id\": \"VB\"}\n]\n")]
    [InlineData("languages.json", "{\n  \"C#\": {\"color\": \"green\"},\n  \"F#\": {\"color\": blue},\n  \"VB\": null\n}\n")]
    public void A_syntax_error_in_a_file_of_one_collection_is_its_one_error(string name, string text)
    {
        var built = GeneratorHarness.Run(Repos, DataFile.With(name, text, ("Collection", "languages")),
            DataFile.Yaml("repos.yaml", "repos:\n  - { id: roslyn, language: 'C#' }\n  - { id: vb, language: VB }\n"));
        var error = Assert.Single(built.SeedDiagnostics);
        Assert.Equal(name.EndsWith(".json", StringComparison.Ordinal) ? "SD0002" : "SD0001", error.Id);
        Assert.Equal("/data/" + name, error.Location.GetLineSpan().Path);
    }

    [Fact]
    public void A_yaml_list_file_and_a_json_array_file_stream_their_records_in_file_order()
    {
        var built = GeneratorHarness.Run(Samples.NewsRecords,
            DataFile.With("a.yaml", "- { id: a1, name: A1, kind: person }\n- { id: a2, name: A2, kind: government }\n", ("Collection", "actors")),
            DataFile.With("b.json", "[{\"id\": \"b1\", \"name\": \"B1\", \"kind\": \"person\"}]", ("Collection", "actors")),
            DataFile.Yaml("c.yaml", "actors:\n  - { id: c1, name: C1, kind: person }\n"));
        Assert.Empty(built.SeedDiagnostics);
        var actors = Static(built.Load(), "News.Data", "Actors");
        Assert.Equal(new object[] { "a1", "a2", "b1", "c1" }, ((IEnumerable)actors).Cast<object>().Select(a => Get(a, "Id")));
    }

    [Fact]
    public void A_list_file_whose_collection_is_unknown_gets_one_error_and_none_per_record()
    {
        var built = GeneratorHarness.Run(Samples.NewsRecords,
            DataFile.With("a.yaml", "- { id: a1, nmae: A1 }\n- { id: a2 }\n", ("Collection", "actor")));
        var error = Assert.Single(built.SeedDiagnostics);
        Assert.Equal("SD0083", error.Id);
        Assert.Contains("did you mean 'actors'", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Changing_one_file_s_metadata_rebinds_that_file_alone()
    {
        var languages = LanguagesFile();
        var more = DataFile.With("more.yaml", "languages:\n  - id: Go\n    tmScope: source.go\n");
        var compilation = GeneratorHarness.Compilation(Languages);
        var driver = GeneratorHarness.Driver(new[] { languages, more }).RunGenerators(compilation);

        var renamed = DataFile.With("more.yaml", "languages:\n  - id: Go\n    tmScope: source.go\n", ("KeyNaming", "snake_case"));
        var result = driver.WithUpdatedAnalyzerConfigOptions(GeneratorHarness.Options(new[] { languages, renamed })).RunGenerators(compilation).GetRunResult();
        var bound = result.Results.Single().TrackedSteps[TrackingNames.BoundFiles].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(1, bound.Count(r => r == Microsoft.CodeAnalysis.IncrementalStepRunReason.Modified));
        Assert.Equal(1, bound.Count(r => r == Microsoft.CodeAnalysis.IncrementalStepRunReason.Cached));
        // The file now spells its keys in snake_case, so its camelCase key is the one error.
        var unknown = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Contains("did you mean 'tm_scope'", unknown.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void The_key_naming_spellings()
    {
        Assert.Equal(("wikidataId", "wikidata_id", "wikidata-id", "WikidataId"),
            (KeyNaming.CamelCase.KeyOf("WikidataId"), KeyNaming.SnakeCase.KeyOf("WikidataId"),
                KeyNaming.KebabCase.KeyOf("WikidataId"), KeyNaming.Exact.KeyOf("WikidataId")));
        Assert.Equal(("url", "url", "url", "URL"),
            (KeyNaming.CamelCase.KeyOf("URL"), KeyNaming.SnakeCase.KeyOf("URL"), KeyNaming.KebabCase.KeyOf("URL"), KeyNaming.Exact.KeyOf("URL")));
        Assert.Equal("iso3166_code", KeyNaming.SnakeCase.KeyOf("Iso3166Code"));
        foreach (string spelling in new[] { "camelCase", "snake_case", "kebab-case", "exact", " Snake_Case " })
        {
            Assert.True(KeyNamings.TryParse(spelling, out var naming));
            Assert.Equal(spelling.Trim().ToLowerInvariant(), naming.Spelling().ToLowerInvariant());
        }
        Assert.False(KeyNamings.TryParse("snake", out _));
    }
}
