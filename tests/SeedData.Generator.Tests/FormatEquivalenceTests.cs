using System;
using System.IO;
using System.Linq;
using SeedData.Generator.Tests.Infrastructure;
using Xunit;

namespace SeedData.Generator.Tests;

/// <summary>
/// The same data as YAML, as JSON and as CSV is the same dataset: one order rule (files by path, then position), one
/// content hash, the same records, and the same code. The generated sources differ only where they point back at the
/// data files (the named members' <c>#line</c> directives and the file and line in their docs), and the compiled
/// assemblies are byte-identical.
/// </summary>
public sealed class FormatEquivalenceTests
{
    private const string ActorsCsv = """
        id,name,kind,aliases,wikidataId
        marco-rubio,Marco Rubio,person,Rubio,Q324546
        european-officials,European officials,unnamed-group,,

        """;

    private const string StatementsCsv = """
        id,speaker,summary,audience,saidOn,quote,respondsTo
        rubio-guarantees-after-deal,marco-rubio,Told European officials that guarantees would come after a deal.,european-officials,2025-11-25,,
        officials-reply,european-officials,Asked for guarantees first.,,,,rubio-guarantees-after-deal

        """;

    private const string ActorsJson = """
        {"actors": [
          {"id": "marco-rubio", "name": "Marco Rubio", "kind": "person", "aliases": ["Rubio"], "wikidataId": "Q324546"},
          {"id": "european-officials", "name": "European officials", "kind": "unnamed-group"}
        ]}
        """;

    private const string StatementsJson = """
        [
          {"id": "rubio-guarantees-after-deal", "speaker": "marco-rubio", "summary": "Told European officials that guarantees would come after a deal.",
           "audience": ["european-officials"], "saidOn": "2025-11-25"},
          {"id": "officials-reply", "speaker": "european-officials", "summary": "Asked for guarantees first.", "respondsTo": "rubio-guarantees-after-deal"}
        ]
        """;

    private static GeneratorOutput Yaml() => GeneratorHarness.Run(Samples.NewsRecords,
        DataFile.Yaml("actors.yaml", Samples.NewsActors), DataFile.Yaml("statements.yaml", Samples.NewsStatements));

    private static GeneratorOutput Json() => GeneratorHarness.Run(Samples.NewsRecords,
        new DataFile("/data/actors.json", ActorsJson), new DataFile("/data/statements.json", "{\"statements\": " + StatementsJson + "}"));

    /// <summary>The statements as a JSON array, a file of one collection: a shape of its own (with its own entry in the schema), the same records.</summary>
    private static GeneratorOutput JsonArray() => GeneratorHarness.Run(Samples.NewsRecords,
        new DataFile("/data/actors.json", ActorsJson), DataFile.With("statements.json", StatementsJson, ("Collection", "statements")));

    private static GeneratorOutput Csv() => GeneratorHarness.Run(Samples.NewsRecords,
        new DataFile("/data/actors.csv", ActorsCsv), new DataFile("/data/statements.csv", StatementsCsv));

    private static string Hash(GeneratorOutput output) => (string)output.Load().GetType("News.Data")!.GetField("ContentHash")!.GetValue(null)!;

    private static byte[] Assembly(GeneratorOutput output)
    {
        using var stream = new MemoryStream();
        Assert.True(output.Compilation.Emit(stream).Success);
        return stream.ToArray();
    }

    /// <summary>A generated source without the lines that point at a data file: the #line directives and the named members' docs.</summary>
    private static string WithoutPlaces(string source)
        => string.Join("\n", source.Split('\n').Where(line => !line.StartsWith("#line", StringComparison.Ordinal)
            && !(line.TrimStart().StartsWith("/// <summary>", StringComparison.Ordinal) && line.Contains(", line ", StringComparison.Ordinal))));

    [Fact]
    public void The_same_data_in_three_formats_is_one_dataset_with_one_content_hash()
    {
        var formats = new[] { Yaml(), Json(), JsonArray(), Csv() };
        foreach (var output in formats)
        {
            Assert.Empty(output.SeedDiagnostics);
            Assert.Empty(output.CompilationProblems);
        }
        var hashes = formats.Select(Hash).ToList();
        Assert.All(hashes, hash => Assert.Equal(hashes[0], hash));
        var dumps = formats.Select(f => RecordDump.Dump(f.Load().GetType("News.Data")!)).ToList();
        Assert.All(dumps, dump => Assert.Equal(dumps[0], dump));
    }

    [Fact]
    public void The_same_data_in_three_formats_generates_the_same_code_and_a_byte_identical_assembly()
    {
        var yaml = Yaml();
        foreach (var other in new[] { Json(), Csv() })
        {
            var sources = yaml.Sources.ToList();
            var others = other.Sources.ToList();
            Assert.Equal(sources.Select(s => s.HintName), others.Select(s => s.HintName));
            for (int i = 0; i < sources.Count; i++)
            {
                bool pointsAtData = sources[i].Text.Contains("#line (", StringComparison.Ordinal);
                if (!pointsAtData) Assert.True(sources[i].Text == others[i].Text, sources[i].HintName + " differs");
                else Assert.Equal(WithoutPlaces(sources[i].Text), WithoutPlaces(others[i].Text));
            }
            Assert.Equal(Assembly(yaml), Assembly(other));
        }
        // The collection sources do point at each format's own file.
        Assert.Contains("\"/data/actors.csv\"", Csv().Source("Data.Actors.NamedMembers.g.cs"), StringComparison.Ordinal);
        Assert.Contains("\"/data/actors.yaml\"", yaml.Source("Data.Actors.NamedMembers.g.cs"), StringComparison.Ordinal);
    }
}
