using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using SeedData.Generator.Model;
using SeedData.Generator.Tests.Infrastructure;
using Xunit;

namespace SeedData.Generator.Tests;

/// <summary>
/// Names the generator makes never collide with names the project has, or with each other: a clash is one SD error
/// at the declaration (or the generated helper takes another name), never compiler errors inside generated files.
/// </summary>
public sealed class GeneratedNamesTests
{
    private static (string Id, int Line, int Column) Placed(Diagnostic diagnostic)
        => GeneratorOutput.Described(diagnostic) is var (id, line, column, _) ? (id, line, column) : default;

    /// <summary>A scenario: its records, its data files, and its dataset class's full name.</summary>
    private static (string Records, DataFile[] Files, string Dataset) Scenario(string name) => name switch
    {
        "news" => (Samples.NewsRecords, new[] { DataFile.Yaml("a.yaml", Samples.NewsActors), DataFile.Yaml("s.yaml", Samples.NewsStatements) }, "News.Data"),
        _ => (Samples.AllTypesRecords, new[] { DataFile.Yaml("all.yaml", Samples.AllTypesData) }, "Types.Catalog"),
    };

    /// <summary>Every member the generator puts in the dataset class and the snapshot type of two scenarios, but the collections' own.</summary>
    public static TheoryData<string, string> GeneratedMembers()
    {
        var names = new TheoryData<string, string>();
        foreach (string scenario in new[] { "news", "all-types" })
        {
            var (records, files, dataset) = Scenario(scenario);
            var output = GeneratorHarness.Run(records, files);
            var type = output.Compilation.GetTypeByMetadataName(dataset)!;
            var own = new HashSet<string>(type.GetTypeMembers().Where(t => t.Name.EndsWith("Collection", StringComparison.Ordinal))
                .SelectMany(t => new[] { t.Name, t.Name.Substring(0, t.Name.Length - "Collection".Length) }), StringComparer.Ordinal);
            foreach (var member in type.GetMembers().Concat(output.Compilation.GetTypeByMetadataName(dataset + "Snapshot")!.GetMembers()))
            {
                if (member.IsImplicitlyDeclared || !member.CanBeReferencedByName || member is IMethodSymbol { AssociatedSymbol: not null } || own.Contains(member.Name)) continue;
                if (!member.Name.StartsWith('_')) names.Add(scenario, member.Name);
            }
        }
        return names;
    }

    [Theory]
    [MemberData(nameof(GeneratedMembers))]
    public void A_collection_named_like_a_generated_member_is_refused_at_its_declaration_or_builds(string scenario, string name)
    {
        var (records, files, _) = Scenario(scenario);
        string collection = Naming.ToKebabCase(name);
        records = records.Replace("[SeedDataset]", $"[SeedRecord(\"{collection}\")] public sealed partial record Extra(string Id);\n[SeedDataset]", StringComparison.Ordinal);
        var output = GeneratorHarness.Run(records, files.Append(DataFile.Yaml("extra.yaml", collection + ":\n  - id: extra\n")).ToArray());
        var problems = output.Problems;
        if (problems.Count == 0) return;
        var diagnostic = Assert.Single(problems);
        Assert.Equal("SD0048", diagnostic.Id);
        Assert.Contains("'" + name + "'", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void A_type_with_the_snapshot_types_name_is_one_SD0070_at_it_and_the_rest_of_the_dataset_is_generated()
    {
        // The probe's case (issue 21): CS0261, CS0535, CS1503 and CS1061 inside generated files, and no SD diagnostic.
        const string records = """
            using SeedData;
            namespace L;
            [SeedRecord("snapshots")] public sealed partial record LibrarySnapshot(string Id);
            [SeedDataset] public static partial class Library;
            public static class Use { public static int Count() => Library.Snapshots.Count; }
            """;
        var output = GeneratorHarness.Run(records, DataFile.Yaml("x.yaml", "snapshots:\n  - id: a\n"));
        var diagnostic = Assert.Single(output.Problems);
        Assert.Equal(("SD0070", 3, 56), Placed(diagnostic));
        Assert.Contains("snapshot type of 'Library'", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void A_member_of_the_dataset_class_named_like_a_generated_one_is_one_SD0070_at_it()
    {
        const string records = """
            using SeedData;
            [SeedRecord("sites")] public sealed partial record Site(string Id);
            [SeedRecord("pages")] public sealed partial record Page(string Id);
            [SeedDataset] public static partial class D
            {
                public static int Sites => 1;
                public static int Use() => Pages.Count;
            }
            """;
        var output = GeneratorHarness.Run(records, DataFile.Yaml("x.yaml", "sites:\n  - id: a\npages:\n  - id: p\n"));
        var diagnostic = Assert.Single(output.Problems);
        Assert.Equal(("SD0070", 6, 23), Placed(diagnostic));
        Assert.Contains("property of the collection 'sites'", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);

        // A member every dataset class has leaves the dataset out, as a dataset class named like a collection does (SD0049).
        var store = GeneratorHarness.Run(records.Replace("public static int Sites => 1;", "private sealed class Store { }", StringComparison.Ordinal)
            .Replace("public static int Use() => Pages.Count;", string.Empty, StringComparison.Ordinal), DataFile.Yaml("x.yaml", "sites:\n  - id: a\n"));
        Assert.Equal(("SD0070", 6, 26), Placed(Assert.Single(store.Problems)));
    }

    [Fact]
    public void The_project_may_add_to_a_collection_class_in_a_part_of_its_own()
    {
        const string records = """
            using SeedData;
            [SeedRecord("sites")] public sealed partial record Site(string Id);
            [SeedDataset] public static partial class D
            {
                public sealed partial class SitesCollection { public int Twice => Count * 2; }
            }
            """;
        var output = GeneratorHarness.Run(records, DataFile.Yaml("x.yaml", "sites:\n  - id: a\n"));
        Assert.Empty(output.Problems);
    }

    [Fact]
    public void Helpers_named_after_records_give_way_to_collection_properties()
    {
        // A record named Record reads as ReadRecord, and the collection 'write-actor' is the property WriteActor, as
        // the snapshot's writer of an Actor would be.
        string records = Samples.NewsRecords.Replace("[SeedDataset]",
            "[SeedRecord(\"write-actor\")] public sealed partial record Record(string Id, Actor? Of = null);\n[SeedRecord(\"read-record\")] public sealed partial record Other(string Id);\n[SeedDataset]",
            StringComparison.Ordinal);
        var output = GeneratorHarness.Run(records, DataFile.Yaml("a.yaml", Samples.NewsActors),
            DataFile.Yaml("w.yaml", "write-actor:\n  - { id: w, of: marco-rubio }\nread-record:\n  - id: r\n"));
        Assert.Empty(output.Problems);
        output.Load();
    }

    [Fact]
    public void Two_parameters_that_make_one_key_are_one_SD0071_at_the_second_and_the_data_gets_none()
    {
        // The probe's case: the data was told it lacked 'url', and nothing flagged the declaration.
        const string records = """
            using SeedData;
            [SeedRecord("sites")] public sealed partial record Site(string Id, string URL, string Url = "");
            [SeedDataset] public static partial class D;
            """;
        var output = GeneratorHarness.Run(records, DataFile.Yaml("x.yaml", "sites:\n  - id: a\n    url: https://example.org\n"));
        var diagnostic = Assert.Single(output.Problems);
        Assert.Equal(("SD0071", 2, 87), Placed(diagnostic));
        Assert.Contains("'URL' and 'Url' of 'Site' both make the data key 'url'", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void An_inline_record_two_collections_use_reports_its_mistake_once()
    {
        const string records = """
            using SeedData;
            public sealed record Point(int X, int x);
            [SeedRecord("sites")] public sealed partial record Site(string Id, Point At);
            [SeedRecord("pages")] public sealed partial record Page(string Id, Point At);
            [SeedDataset] public static partial class D;
            """;
        var output = GeneratorHarness.Run(records, DataFile.Yaml("x.yaml", "sites:\n  - { id: a, at: { x: 1 } }\n"));
        Assert.Equal(("SD0071", 2, 39), Placed(Assert.Single(output.Problems)));
    }

    [Theory]
    // A reference to a collection whose declaration has the error threw IndexOutOfRangeException in the emitter (CS8785).
    [InlineData("[SeedRecord(\"store\")] public sealed partial record Target(string Id);", "SD0048")]
    [InlineData("[SeedRecord(\"--\")] public sealed partial record Target(string Id);", "SD0046")]
    [InlineData("[SeedRecord(\"posts\")] public sealed partial record Target(string Id);", "SD0032")]
    public void A_reference_to_a_collection_whose_declaration_has_an_error_is_that_one_error(string target, string id)
    {
        string records = "using SeedData;\nusing System.Collections.Immutable;\n" + target + """

            [SeedRecord("posts")] public sealed partial record Post(string Id, Target? Main = null, ImmutableArray<Quote> Quotes = default);
            public sealed record Quote(Target Of);
            [SeedDataset] public static partial class D;
            """;
        var output = GeneratorHarness.Run(records, DataFile.Yaml("x.yaml", "posts:\n  - { id: p, main: t, quotes: [{ of: t }] }\n"));
        Assert.Equal(id, Assert.Single(output.Problems).Id);
    }
}
