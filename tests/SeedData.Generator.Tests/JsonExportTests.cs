using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using SeedData.Generator.Tests.Infrastructure;
using Xunit;

namespace SeedData.Generator.Tests;

/// <summary>
/// The generated JSON export is itself a data file: used as a project's only data file, it builds records equal,
/// field by field, to the ones it was written from, and exports the same bytes again. Tested on every sample and on
/// the SeedData dataset.
/// </summary>
public sealed class JsonExportTests
{
    public static TheoryData<string> Inputs => new(RecordDumpTests.Inputs.Keys.Append("seeddata-dataset").OrderBy(k => k, StringComparer.Ordinal));

    private static (string[] Sources, string DatasetType, DataFile[] Files) Input(string name)
    {
        if (name != "seeddata-dataset")
        {
            var input = RecordDumpTests.Inputs[name];
            return (new[] { input.Records }, input.DatasetType, input.Files);
        }
        // The dataset package itself: its model and dataset class, and the YAML files in seeds/.
        string root = DiagnosticTests.RepositoryRoot();
        string[] sources = Directory.GetFiles(Path.Combine(root, "src", "SeedData"), "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                     && !p.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .OrderBy(p => p, StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        var files = Directory.GetFiles(Path.Combine(root, "seeds"), "*.yaml").OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => new DataFile("/seeds/" + Path.GetFileName(p), File.ReadAllText(p))).ToArray();
        return (sources, "SeedData.Dataset", files);
    }

    private static byte[] Export(Type dataset)
    {
        using var stream = new MemoryStream();
        dataset.GetMethod("WriteJson", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static, new[] { typeof(Stream) })!.Invoke(null, new object[] { stream });
        return stream.ToArray();
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void An_export_used_as_the_only_data_file_builds_equal_records_and_exports_the_same_bytes(string name)
    {
        var (sources, datasetType, files) = Input(name);
        var original = GeneratorHarness.Run(sources, files);
        Assert.DoesNotContain(original.GeneratorDiagnostics, d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        var dataset = original.Load().GetType(datasetType, throwOnError: true)!;
        byte[] export = Export(dataset);
        string records = RecordDump.Dump(dataset);
        Assert.Contains("== ", records);

        var rebuilt = GeneratorHarness.Run(sources, new DataFile("/data/export.json", Encoding.UTF8.GetString(export)));
        Assert.DoesNotContain(rebuilt.GeneratorDiagnostics, d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        var again = rebuilt.Load().GetType(datasetType, throwOnError: true)!;
        Assert.Equal(records, RecordDump.Dump(again));

        // The content hash is over the records' values, so the rebuilt dataset has the original's: every byte is the same.
        Assert.Equal(dataset.GetField("ContentHash")!.GetValue(null), again.GetField("ContentHash")!.GetValue(null));
        Assert.Equal(Encoding.UTF8.GetString(export), Encoding.UTF8.GetString(Export(again)));
    }
}

public sealed class JsonExportTextTests
{
    [Fact]
    public void Text_with_a_lone_surrogate_and_every_control_character_survives_export_and_reimport()
    {
        const string records = """
            using SeedData;
            namespace T;
            [SeedRecord("notes")] public sealed partial record Note(string Id, string Text);
            [SeedDataset] public static partial class Data;
            """;
        string text = "lone \ud800 pair \ud83d\ude00 replacement \uFFFD controls " + new string(Enumerable.Range(0, 32).Select(i => (char)i).ToArray()) + " quote \" backslash \\ end";
        // Written by hand: JSON serializers replace a lone surrogate before it could reach the file.
        string escaped = string.Concat(text.Select(c => c < ' ' || char.IsSurrogate(c) || c > '~' ? "\\u" + ((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture) : c is '"' or '\\' ? "\\" + c : c.ToString()));
        string json = "{ \"notes\": [ { \"id\": \"n\", \"text\": \"" + escaped + "\" } ] }";
        var first = GeneratorHarness.Run(records, new DataFile("/data/notes.json", json));
        Assert.Empty(first.GeneratorDiagnostics);
        var dataset = first.Load().GetType("T.Data")!;
        using var stream = new MemoryStream();
        dataset.GetMethod("WriteJson", new[] { typeof(Stream) })!.Invoke(null, new object[] { stream });
        string export = Encoding.UTF8.GetString(stream.ToArray());
        Assert.DoesNotContain("\uFFFD", export);
        var second = GeneratorHarness.Run(records, new DataFile("/data/export.json", export));
        Assert.Empty(second.GeneratorDiagnostics);
        var note = ((System.Collections.IEnumerable)second.Load().GetType("T.Data")!.GetProperty("Notes")!.GetValue(null)!).Cast<object>().Single();
        Assert.Equal(text, note.GetType().GetProperty("Text")!.GetValue(note));
    }
}

public sealed class JsonAvailabilityTests
{
    [Fact]
    public void Without_System_Text_Json_the_JSON_layer_is_left_out_silently_and_the_schema_stays()
    {
        var output = GeneratorHarness.RunWithout(new[] { "System.Text.Json.dll", "System.Text.Encodings.Web.dll" }, Samples.NewsRecords,
            DataFile.Yaml("actors.yaml", Samples.NewsActors));
        Assert.Empty(output.GeneratorDiagnostics);
        Assert.DoesNotContain(output.Sources, s => s.HintName.Contains("DataSnapshot", StringComparison.Ordinal));
        var dataset = output.Load().GetType("News.Data", throwOnError: true)!;
        Assert.Null(dataset.GetMethod("WriteJson", new[] { typeof(Stream) }));
        Assert.Contains("\"actors\"", (string)dataset.GetField("JsonSchema")!.GetValue(null)!);

        // With it, the same project gets the JSON layer.
        var withJson = GeneratorHarness.Run(Samples.NewsRecords, DataFile.Yaml("actors.yaml", Samples.NewsActors));
        Assert.Contains(withJson.Sources, s => s.HintName.Contains("DataSnapshot", StringComparison.Ordinal));
    }
}
