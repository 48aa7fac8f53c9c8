using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using SeedData.Generator.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace SeedData.Generator.Tests;

/// <summary>
/// The generated JSON Schema in the real editor client: yaml-language-server (the server behind VS Code's YAML
/// extension), started over stdio as an editor starts it, opens data files that name the schema. It completes a
/// record's keys, enum spellings and known ids, and flags what the build flags, on the same lines.
/// </summary>
public sealed class EditorSchemaTests(ITestOutputHelper output) : IDisposable
{
    private const string Records = """
        using System.Collections.Immutable;
        using SeedData;

        namespace Gardening;

        /// <summary>How much sun a plant needs.</summary>
        public enum Light
        {
            /// <summary>Six hours of direct sun or more.</summary>
            FullSun,
            PartShade,
            Shade,
        }

        /// <summary>A plant in the catalogue.</summary>
        /// <param name="Id">A short name, unique among the plants.</param>
        /// <param name="Name">The common name.</param>
        /// <param name="Light">How much sun it needs.</param>
        /// <param name="Height">Its height when grown, in centimetres.</param>
        /// <param name="Companions">Plants that grow well beside it.</param>
        /// <param name="Bloom">When and how it flowers.</param>
        [SeedRecord("plants")]
        public sealed partial record Plant(string Id, string Name, Light Light, int Height = 30, ImmutableArray<Plant> Companions = default, Bloom? Bloom = null);

        /// <summary>A flowering.</summary>
        public sealed record Bloom(string Colour, int Month);

        [SeedDataset] public static partial class Catalog;
        """;

    private const string GoodData = """
        plants:
          - id: rose
            name: Rose
            light: full-sun
            bloom: { colour: red, month: 6 }
          - id: fern
            name: Fern
            light: shade
            companions: [rose]
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("seeddata-editor-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>Builds the sample and writes its schema where the data files can name it.</summary>
    private string WriteSchema()
    {
        var built = GeneratorHarness.Run(Records, DataFile.Yaml("plants.yaml", GoodData));
        Assert.Empty(built.GeneratorDiagnostics);
        string schema = (string)built.Load().GetType("Gardening.Catalog")!.GetField("JsonSchema")!.GetValue(null)!;
        string path = Path.Combine(_folder, "seeddata.schema.json");
        File.WriteAllText(path, schema);
        return path;
    }

    private LanguageServerClient Start(JsonObject? schemas = null) => LanguageServerClient.ForFolder(_folder, schemas);

    private string Write(string name, string text) => LanguageServerClient.WriteFile(_folder, name, text);

    private const string Modeline = "# yaml-language-server: $schema=seeddata.schema.json\n";

    [LanguageServerFact]
    public void Data_the_build_accepts_has_no_editor_diagnostics()
    {
        WriteSchema();
        using var server = Start();
        string text = Modeline + GoodData;
        var diagnostics = server.Open(Write("plants.yaml", text), text);
        output.WriteLine(diagnostics.ToJsonString());
        Assert.Empty(diagnostics);
    }

    [LanguageServerFact]
    public void A_wrong_enum_value_and_a_missing_required_key_are_flagged_where_the_build_flags_them()
    {
        WriteSchema();
        const string Data = """
            plants:
              - id: rose
                name: Rose
                light: full-sunn
              - id: fern
                light: shade
            """;
        string text = Modeline + Data;
        using var server = Start();
        var diagnostics = server.Open(Write("plants.yaml", text), text);
        output.WriteLine(diagnostics.ToJsonString());

        var lines = diagnostics.Select(d => (Line: d!["range"]!["start"]!["line"]!.GetValue<int>(), Message: d["message"]!.GetValue<string>())).ToList();
        // Zero-based lines of the opened text: the modeline is line 0.
        var wrongEnum = Assert.Single(lines, d => d.Line == 4);
        Assert.Contains("full-sun", wrongEnum.Message);
        var missing = Assert.Single(lines, d => d.Message.Contains("name", StringComparison.Ordinal) && d.Line != 4);
        Assert.InRange(missing.Line, 5, 6);
        Assert.Equal(2, lines.Count);

        // The build reports the same two mistakes on the same lines (one-based there, without the modeline).
        var build = GeneratorHarness.Run(Records, DataFile.Yaml("plants.yaml", Data)).GeneratorDiagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => d.Location.GetLineSpan().StartLinePosition.Line + 1)
            .OrderBy(l => l).ToList();
        Assert.Equal(new[] { wrongEnum.Line, missing.Line }.OrderBy(l => l), build);
    }

    [LanguageServerFact]
    public void Completion_offers_the_record_keys_the_enum_spellings_and_the_known_ids()
    {
        WriteSchema();
        // Written out line by line: the cursor lines end in spaces, which a raw literal would not keep.
        string text = Modeline + string.Join("\n",
            "plants:",
            "  - id: rose",
            "    name: Rose",
            "    light: full-sun",
            "  - id: fern",
            "    light: ",
            "    ",
            "    companions:",
            "      - ",
            "");
        using var server = Start();
        string path = Write("plants.yaml", text);
        server.Open(path, text);

        // Zero-based lines: 0 is the modeline, 6 'light: ', 7 the blank line inside the record, 9 the list item.
        var keys = server.Complete(path, 7, 4);
        output.WriteLine("keys: " + string.Join(", ", keys));
        Assert.Contains("name", keys);
        Assert.Contains("height", keys);
        Assert.Contains("bloom", keys);
        Assert.DoesNotContain("colour", keys);

        var spellings = server.Complete(path, 6, 11);
        output.WriteLine("light: " + string.Join(", ", spellings));
        Assert.Equal(new[] { "full-sun", "part-shade", "shade" }, spellings.Order(StringComparer.Ordinal));

        var ids = server.Complete(path, 9, 8);
        output.WriteLine("companions: " + string.Join(", ", ids));
        Assert.Contains("rose", ids);
        Assert.Contains("fern", ids);
    }

    [LanguageServerFact]
    public void The_yaml_schemas_setting_applies_the_schema_without_a_modeline()
    {
        string schema = WriteSchema();
        const string Data = "plants:\n  - id: rose\n    name: Rose\n    light: sunny\n";
        using var server = Start(new JsonObject { [new Uri(schema).AbsoluteUri] = "*.plants.yaml" });
        var diagnostics = server.Open(Write("garden.plants.yaml", Data), Data);
        output.WriteLine(diagnostics.ToJsonString());
        var flagged = Assert.Single(diagnostics);
        Assert.Equal(3, flagged!["range"]!["start"]!["line"]!.GetValue<int>());
    }

    [LanguageServerFact]
    public void Every_data_file_of_the_dataset_is_valid_against_its_committed_schema()
    {
        string seeds = Path.Combine(DiagnosticTests.RepositoryRoot(), "seeds");
        var files = Directory.GetFiles(seeds, "*.yaml").Order(StringComparer.Ordinal).ToList();
        Assert.True(files.Count >= 5, "expected the dataset's data files in " + seeds);
        using var server = Start();
        int checkedFiles = 0;
        foreach (string file in files)
        {
            string text = File.ReadAllText(file);
            Assert.StartsWith("# yaml-language-server: $schema=seeddata.schema.json", text);
            var diagnostics = server.Open(file, text);
            Assert.True(diagnostics.Count == 0, Path.GetFileName(file) + ": " + diagnostics.ToJsonString());
            checkedFiles++;
        }
        output.WriteLine(checkedFiles + " data files valid against seeds/seeddata.schema.json");
    }
}
