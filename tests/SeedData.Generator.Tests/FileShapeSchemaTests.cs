using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using SeedData.Generator.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace SeedData.Generator.Tests;

/// <summary>
/// The JSON Schema follows each file's shape and key naming: a file of one collection (a list, or keyed by id) or in
/// another naming names an entry point of the one schema file, <c>seeddata.schema.json#/$defs/file@plants@keyed@snake_case</c>,
/// which accepts what the build accepts. Checked by a validator (JsonSchema.Net) and in the editor's own language
/// server (yaml-language-server), which completes such files' keys.
/// </summary>
public sealed class FileShapeSchemaTests(ITestOutputHelper output) : IDisposable
{
    private const string Records = """
        using System.Collections.Immutable;
        using SeedData;
        namespace Gardening;
        public enum Light { FullSun, PartShade, Shade }
        /// <summary>A plant in the catalogue.</summary>
        /// <param name="CommonName">The name on the label.</param>
        [SeedRecord("plants")]
        public sealed partial record Plant(string Id, string CommonName, Light Light, int HeightCm = 30, ImmutableArray<Plant> GoodNeighbours = default);
        [SeedDataset] public static partial class Catalog;
        """;

    private const string Keyed = """
        rose:
          common_name: Rose
          light: full-sun
        fern:
          common_name: Fern
          light: shade
          good_neighbours: [rose]
        """;

    private const string List = """
        [
          {"id": "mint", "common-name": "Mint", "light": "part-shade", "height-cm": 40}
        ]
        """;

    private static DataFile[] Files(string keyed = Keyed, string list = List) => new[]
    {
        DataFile.With("plants.yml", keyed, ("Collection", "plants"), ("KeyNaming", "snake_case")),
        DataFile.With("more-plants.json", list, ("Collection", "plants"), ("KeyNaming", "kebab-case")),
        DataFile.With("garden.yaml", "plants:\n  - { Id: ivy, CommonName: Ivy, Light: Shade }\n".Replace("Light: Shade", "Light: shade"), ("KeyNaming", "exact")),
    };

    private readonly string _folder = Directory.CreateTempSubdirectory("seeddata-shapes-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Schema(params DataFile[] files)
    {
        var built = GeneratorHarness.Run(Records, files);
        Assert.Empty(built.SeedDiagnostics);
        return (string)built.Load().GetType("Gardening.Catalog")!.GetField("JsonSchema")!.GetValue(null)!;
    }

    /// <summary>The entry point <paramref name="entry"/> as a schema of its own: a reference to it beside the root's definitions.</summary>
    private static JsonSchema Entry(string schema, string entry)
    {
        var root = JsonNode.Parse(schema)!.AsObject();
        var document = new JsonObject { ["$schema"] = root["$schema"]!.DeepClone(), ["$ref"] = "#/$defs/" + entry, ["$defs"] = root["$defs"]!.DeepClone() };
        return JsonSchema.FromText(document.ToJsonString());
    }

    private static bool Accepts(JsonSchema schema, string json) => schema.Evaluate(JsonDocument.Parse(json).RootElement).IsValid;

    [Fact]
    public void The_schema_has_an_entry_point_per_file_shape_in_use_and_none_without()
    {
        string schema = Schema(Files());
        var definitions = JsonNode.Parse(schema)!["$defs"]!.AsObject().Select(d => d.Key).ToList();
        Assert.Contains("file@plants@keyed@snake_case", definitions);
        Assert.Contains("file@plants@list@snake_case", definitions);
        Assert.Contains("file@plants@list@kebab-case", definitions);
        Assert.Contains("file@exact", definitions);
        Assert.Contains("Gardening.Plant@keyed@snake_case", definitions);
        Assert.DoesNotContain(definitions, d => d.StartsWith("file@plants", StringComparison.Ordinal) && d.EndsWith("camelCase", StringComparison.Ordinal));

        string plain = Schema(DataFile.Yaml("plants.yaml", "plants:\n  - { id: ivy, commonName: Ivy, light: shade }\n"));
        Assert.DoesNotContain("file@", plain, StringComparison.Ordinal);
        Assert.DoesNotContain("@", JsonNode.Parse(plain)!["$defs"]!.AsObject().Select(d => d.Key).Aggregate(string.Empty, string.Concat), StringComparison.Ordinal);
    }

    [Fact]
    public void Each_entry_point_accepts_what_the_build_accepts_and_flags_what_it_flags()
    {
        string schema = Schema(Files());
        var keyed = Entry(schema, "file@plants@keyed@snake_case");
        Assert.True(Accepts(keyed, """{"rose": {"common_name": "Rose", "light": "full-sun"}, "fern": {"common_name": "Fern", "light": "shade", "good_neighbours": ["rose"]}}"""));
        Assert.True(Accepts(keyed, """{"$schema": "x", "rose": {"common_name": "Rose", "light": "full-sun", "height_cm": 90}}"""));
        Assert.False(Accepts(keyed, """{"rose": {"commonName": "Rose", "light": "full-sun"}}"""));
        Assert.False(Accepts(keyed, """{"rose": {"id": "rose", "common_name": "Rose", "light": "full-sun"}}"""));
        Assert.False(Accepts(keyed, """{"rose": {"common_name": "Rose", "light": "sunny"}}"""));
        Assert.False(Accepts(keyed, """{"rose": {"light": "full-sun"}}"""));
        Assert.False(Accepts(keyed, """[{"id": "rose", "common_name": "Rose", "light": "full-sun"}]"""));

        var list = Entry(schema, "file@plants@list@kebab-case");
        Assert.True(Accepts(list, List));
        Assert.False(Accepts(list, """[{"id": "mint", "common_name": "Mint", "light": "part-shade"}]"""));
        Assert.False(Accepts(list, """[{"common-name": "Mint", "light": "part-shade"}]"""));

        var exact = Entry(schema, "file@exact");
        Assert.True(Accepts(exact, """{"plants": [{"Id": "ivy", "CommonName": "Ivy", "Light": "shade"}]}"""));
        Assert.False(Accepts(exact, """{"plants": [{"id": "ivy", "commonName": "Ivy", "light": "shade"}]}"""));

        // And the build says the same of the same mistakes.
        var built = GeneratorHarness.Run(Records, Files(keyed: Keyed.Replace("common_name: Rose", "commonName: Rose")));
        Assert.Equal(new[] { "SD0011" }, built.SeedDiagnostics.Select(d => d.Id));
    }

    /// <summary>Ids without a named member (C, C# and C++ all make C) are ids all the same: the schema lists them with the others.</summary>
    [Fact]
    public void The_schema_lists_the_ids_that_get_no_named_member()
    {
        const string records = """
            using SeedData;
            namespace Registry;
            [SeedRecord("languages")] public sealed partial record Language(string Id, Language? Group = null);
            [SeedDataset] public static partial class Data;
            """;
        var built = GeneratorHarness.Run(records, DataFile.With("languages.yml", "C:\nC#:\nC++:\n  group: C\nGo:\n", ("Collection", "languages")));
        Assert.Equal("SD0021", Assert.Single(built.SeedDiagnostics).Id);
        string schema = (string)built.Load().GetType("Registry.Data")!.GetField("JsonSchema")!.GetValue(null)!;
        var ids = JsonNode.Parse(schema)!["$defs"]!["languages-id"]!["enum"]!.AsArray().Select(i => (string)i!).ToList();
        Assert.Equal(new[] { "C", "C#", "C++", "Go" }, ids);
        Assert.True(Accepts(Entry(schema, "file@languages@keyed@camelCase"), """{"C": null, "C++": {"group": "C"}, "D": {"group": "C#"}}"""));
        Assert.False(Accepts(Entry(schema, "file@languages@keyed@camelCase"), """{"D": {"group": "E"}}"""));
    }

    private LanguageServerClient Start(JsonObject? schemas = null) => LanguageServerClient.ForFolder(_folder, schemas);

    private string Write(string name, string text) => LanguageServerClient.WriteFile(_folder, name, text);

    [LanguageServerFact]
    public void A_keyed_snake_case_file_names_its_entry_point_and_the_editor_completes_and_checks_its_keys()
    {
        File.WriteAllText(Path.Combine(_folder, "seeddata.schema.json"), Schema(Files()));
        const string Modeline = "# yaml-language-server: $schema=seeddata.schema.json#/$defs/file@plants@keyed@snake_case\n";
        using var server = Start();

        string good = Modeline + Keyed;
        var diagnostics = server.Open(Write("plants.yml", good), good);
        output.WriteLine(diagnostics.ToJsonString());
        Assert.Empty(diagnostics);

        string bad = Modeline + Keyed.Replace("light: shade", "light: shady").Replace("common_name: Rose", "commonName: Rose");
        diagnostics = server.Open(Write("bad.yml", bad), bad);
        output.WriteLine(diagnostics.ToJsonString());
        var lines = diagnostics.Select(d => d!["range"]!["start"]!["line"]!.GetValue<int>()).Order().ToList();
        // Zero-based, the modeline is line 0: 'commonName' on line 2, 'shady' on line 6 (and the missing common_name of rose).
        Assert.Contains(2, lines);
        Assert.Contains(6, lines);

        string typing = Modeline + string.Join("\n", "rose:", "  common_name: Rose", "  light: full-sun", "  ", "");
        string path = Write("typing.yml", typing);
        server.Open(path, typing);
        var keys = server.Complete(path, 4, 2);
        output.WriteLine("keys: " + string.Join(", ", keys));
        Assert.Contains("height_cm", keys);
        Assert.Contains("good_neighbours", keys);
        Assert.DoesNotContain("heightCm", keys);
        Assert.DoesNotContain("id", keys);
    }

    [LanguageServerFact]
    public void A_json_array_with_kebab_case_keys_gets_its_entry_point_from_the_editor_settings()
    {
        string schemaPath = Path.Combine(_folder, "seeddata.schema.json");
        File.WriteAllText(schemaPath, Schema(Files()));
        using var server = Start(new JsonObject { [new Uri(schemaPath).AbsoluteUri + "#/$defs/file@plants@list@kebab-case"] = "*plants.json" });
        var diagnostics = server.Open(Write("more-plants.json", List), List);
        output.WriteLine(diagnostics.ToJsonString());
        Assert.Empty(diagnostics);

        string bad = List.Replace("part-shade", "partial");
        diagnostics = server.Open(Write("bad-plants.json", bad), bad);
        output.WriteLine(diagnostics.ToJsonString());
        var flagged = Assert.Single(diagnostics);
        Assert.Equal(1, flagged!["range"]!["start"]!["line"]!.GetValue<int>());
    }
}
