using System;
using System.Collections.Generic;
using System.Linq;
using SeedData.Generator.Tests.Infrastructure;
using Xunit;

namespace SeedData.Generator.Tests;

/// <summary>
/// Every field of every record, for every test input, against a golden dump. The golden files were first
/// written by the code-emitting generator (SeedData 0.1.0, which built records from C# constructor calls), so
/// any later emitter that matches them builds the same records, with the same reference identity.
/// </summary>
public sealed class RecordDumpTests
{
    internal sealed record Input(string Records, string DatasetType, DataFile[] Files);

    internal static readonly Dictionary<string, Input> Inputs = new()
    {
        ["news"] = new(Samples.NewsRecords, "News.Data",
            new[] { DataFile.Yaml("actors.yaml", Samples.NewsActors), DataFile.Yaml("statements.yaml", Samples.NewsStatements) }),
        ["news-json"] = new(Samples.NewsRecords, "News.Data", new[]
        {
            new DataFile("/data/news.json", """
                {
                  "actors": [
                    { "id": "kyiv", "name": "Government of Ukraine", "kind": "government", "aliases": ["Kyiv"] },
                    { "id": "marco-rubio", "name": "Marco Rubio", "kind": "person", "wikidataId": null }
                  ],
                  "statements": [
                    { "id": "s1", "speaker": "kyiv", "summary": "Said so.", "audience": ["marco-rubio"], "saidOn": "2025-11-27" }
                  ]
                }
                """),
        }),
        ["file-order"] = new(Samples.NewsRecords, "News.Data", new[]
        {
            DataFile.Yaml("b.yaml", "actors:\n  - { id: b1, name: B1, kind: person }\n  - { id: b2, name: B2, kind: person }\n"),
            DataFile.Yaml("a.yaml", "actors:\n  - { id: a1, name: A1, kind: person }\nstatements:\n  - { id: s, speaker: b2, summary: S, audience: [az, a1] }\n"),
            DataFile.Yaml("a/z.yaml", "actors:\n  - { id: az, name: AZ, kind: government }\n"),
        }),
        ["all-types"] = new(Samples.AllTypesRecords, "Types.Catalog", new[] { DataFile.Yaml("all.yaml", Samples.AllTypesData) }),
        ["claims"] = new(Samples.ClaimsRecords, "Claims.Data", new[] { DataFile.Yaml("claims.yaml", Samples.ClaimsData) }),
        ["garage"] = new(Samples.GarageRecords, "Garage", new[] { DataFile.Yaml("garage.yaml", Samples.GarageData) }),
        ["edge"] = new(Samples.EdgeRecords, "Edge.Bag", new[] { DataFile.Yaml("edge.yaml", Samples.EdgeData) }),
        ["many"] = new(Samples.NewsRecords, "News.Data", new[] { DataFile.Yaml("many.yaml", Samples.ManyRecordsData(150)) }),
    };

    public static TheoryData<string> InputNames => new(Inputs.Keys.OrderBy(k => k, StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(InputNames))]
    public void Every_field_of_every_record_matches_the_golden_dump(string name)
    {
        var input = Inputs[name];
        var output = GeneratorHarness.Run(input.Records, input.Files);
        Assert.Empty(output.GeneratorDiagnostics);
        var dataset = output.Load().GetType(input.DatasetType, throwOnError: true)!;
        string dump = RecordDump.Dump(dataset);
        Assert.DoesNotContain("NOT THE COLLECTION'S INSTANCE", dump);
        Snapshot.Verify("Records." + name, dump, ".verified.txt");
    }
}
