using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using SeedData.Generator.Tests.Infrastructure;
using Xunit;

namespace SeedData.Generator.Tests;

/// <summary>Generates, compiles and loads the code, then reads the data back through the generated API.</summary>
public sealed class CompileAndRunTests
{
    private static Assembly LoadNews()
    {
        var output = GeneratorHarness.Run(Samples.NewsRecords,
            DataFile.Yaml("actors.yaml", Samples.NewsActors), DataFile.Yaml("statements.yaml", Samples.NewsStatements));
        Assert.Empty(output.GeneratorDiagnostics);
        return output.Load();
    }

    private static object Static(Assembly assembly, string type, string member)
        => assembly.GetType(type, throwOnError: true)!.GetProperty(member, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;

    private static object? Get(object target, string member) => target.GetType().GetProperty(member)!.GetValue(target);

    private static object? Call(object target, string method, params object[] arguments)
        => target.GetType().GetMethod(method, arguments.Select(a => a.GetType()).ToArray())!.Invoke(target, arguments);

    [Fact]
    public void References_are_the_same_instance_as_the_named_member()
    {
        var assembly = LoadNews();
        var actors = Static(assembly, "News.Data", "Actors");
        var statements = Static(assembly, "News.Data", "Statements");
        var rubio = Get(actors, "MarcoRubio")!;
        var first = ((IEnumerable)statements).Cast<object>().First();

        Assert.Same(rubio, Get(first, "Speaker"));
        Assert.Same(rubio, actors.GetType().GetProperty("Item", new[] { typeof(string) })!.GetValue(actors, new object[] { "marco-rubio" }));
        Assert.Equal("Marco Rubio", Get(rubio, "Name"));
        Assert.Equal(new DateOnly(2025, 11, 25), Get(first, "SaidOn"));
        var second = ((IEnumerable)statements).Cast<object>().ElementAt(1);
        Assert.Same(first, Get(second, "RespondsTo"));
    }

    [Fact]
    public void Reverse_lookups_find_referencing_records_through_single_and_list_references()
    {
        var assembly = LoadNews();
        var actors = Static(assembly, "News.Data", "Actors");
        var statements = Static(assembly, "News.Data", "Statements");
        var rubio = Get(actors, "MarcoRubio")!;
        var officials = Get(actors, "EuropeanOfficials")!;

        var bySpeaker = ((IEnumerable)Call(statements, "BySpeaker", rubio)!).Cast<object>().Select(s => Get(s, "Id")).ToList();
        var byAudience = ((IEnumerable)Call(statements, "ByAudience", officials)!).Cast<object>().Select(s => Get(s, "Id")).ToList();
        var byAudienceOfRubio = ((IEnumerable)Call(statements, "ByAudience", rubio)!).Cast<object>().ToList();

        Assert.Equal(new object[] { "rubio-guarantees-after-deal" }, bySpeaker);
        Assert.Equal(new object[] { "rubio-guarantees-after-deal" }, byAudience);
        Assert.Empty(byAudienceOfRubio);
    }

    [Fact]
    public void Reverse_lookups_reach_references_inside_nested_records_and_lists()
    {
        const string records = """
            using System.Collections.Immutable;
            using SeedData;
            namespace Claims;
            [SeedRecord("articles")] public sealed partial record Article(string Id, string Title);
            public sealed partial record Evidence(Article Article, string Phrase);
            [SeedRecord("claims")] public sealed partial record Claim(string Id, ImmutableArray<Evidence> Evidence, Evidence? Main = null);
            [SeedDataset] public static partial class Data;
            """;
        const string yaml = """
            articles:
              - { id: a1, title: One }
              - { id: a2, title: Two }
              - { id: a3, title: Three }
            claims:
              - id: c1
                evidence: [{ article: a1, phrase: x }, { article: a2, phrase: y }]
              - id: c2
                evidence: [{ article: a1, phrase: x }, { article: a1, phrase: z }]
                main: { article: a2, phrase: w }
            """;
        var output = GeneratorHarness.Run(records, DataFile.Yaml("claims.yaml", yaml));
        Assert.Empty(output.GeneratorDiagnostics);
        var assembly = output.Load();
        var articles = Static(assembly, "Claims.Data", "Articles");
        var claims = Static(assembly, "Claims.Data", "Claims");
        string[] Ids(string method, string article)
            => ((IEnumerable)Call(claims, method, Get(articles, article)!)!).Cast<object>().Select(c => (string)Get(c, "Id")!).ToArray();

        Assert.Equal(new[] { "c1", "c2" }, Ids("ByEvidenceArticle", "A1"));
        Assert.Equal(new[] { "c1" }, Ids("ByEvidenceArticle", "A2"));
        Assert.Empty(Ids("ByEvidenceArticle", "A3"));
        Assert.Equal(new[] { "c2" }, Ids("ByMainArticle", "A2"));
        Assert.Empty(Ids("ByMainArticle", "A1"));
    }

    [Fact]
    public void Struct_records_keyword_names_and_the_global_namespace_compile_cleanly()
    {
        const string records = """
            using System.Collections.Generic;
            using SeedData;
            [SeedRecord("colours")] public readonly partial record struct Colour(string Id, string Name);
            [SeedRecord("cars")] public sealed partial record Car(string Id, Colour Colour, Colour? Trim = null, IReadOnlyList<Colour>? Options = null, string @class = "compact");
            [SeedDataset] internal static partial class Garage;
            """;
        const string yaml = """
            colours:
              - { id: red, name: Red }
              - { id: blue, name: Blue }
            cars:
              - { id: mini, colour: red, trim: blue, options: [blue, red], class: small }
              - { id: van, colour: blue }
            """;
        var output = GeneratorHarness.Run(records, DataFile.Yaml("garage.yaml", yaml));
        Assert.Empty(output.GeneratorDiagnostics);
        var assembly = output.Load();
        var colours = Static(assembly, "Garage", "Colours");
        var cars = ((IEnumerable)Static(assembly, "Garage", "Cars")).Cast<object>().ToList();
        Assert.Equal("Red", Get(Get(cars[0], "Colour")!, "Name"));
        Assert.Equal("small", Get(cars[0], "class"));
        Assert.Equal("Car { Id = mini, Colour = red, Trim = blue, Options = [blue, red], class = small }", cars[0].ToString());
        var byOptions = ((IEnumerable)Call(Static(assembly, "Garage", "Cars"), "ByOptions", Get(colours, "Blue")!)!).Cast<object>().Select(c => Get(c, "Id"));
        Assert.Equal(new object[] { "mini" }, byOptions);
    }

    [Fact]
    public void Collections_are_ordered_by_file_path_then_position_and_support_lookup_by_id()
    {
        var output = GeneratorHarness.Run(Samples.NewsRecords,
            DataFile.Yaml("b.yaml", "actors:\n  - { id: b1, name: B1, kind: person }\n  - { id: b2, name: B2, kind: person }\n"),
            DataFile.Yaml("a.yaml", "actors:\n  - { id: a1, name: A1, kind: person }\n"),
            DataFile.Yaml("a/z.yaml", "actors:\n  - { id: az, name: AZ, kind: government }\n"));
        Assert.Empty(output.GeneratorDiagnostics);
        var actors = Static(output.Load(), "News.Data", "Actors");

        var ids = ((IEnumerable)actors).Cast<object>().Select(a => (string)Get(a, "Id")!).ToList();
        // Ordinal path order: "/data/a.yaml" < "/data/a/z.yaml" < "/data/b.yaml".
        Assert.Equal(new[] { "a1", "az", "b1", "b2" }, ids);
        Assert.Equal(4, Get(actors, "Count"));
        Assert.Equal(2, Call(actors, "IndexOf", "b1"));
        Assert.Equal(1, Call(actors, "IndexOf", "az"));
        Assert.Equal(-1, Call(actors, "IndexOf", "nobody"));
        var tryGet = actors.GetType().GetMethod("TryGet")!;
        var args = new object?[] { "b2", null };
        Assert.True((bool)tryGet.Invoke(actors, args)!);
        Assert.Equal("B2", Get(args[1]!, "Name"));
        var indexer = actors.GetType().GetProperty("Item", new[] { typeof(string) })!;
        var missing = Assert.Throws<TargetInvocationException>(() => indexer.GetValue(actors, new object[] { "nobody" }));
        Assert.IsType<KeyNotFoundException>(missing.InnerException);
    }

    [Fact]
    public void Every_supported_value_type_is_read_exactly()
    {
        var output = GeneratorHarness.Run(Samples.AllTypesRecords, DataFile.Yaml("all.yaml", Samples.AllTypesData));
        Assert.Empty(output.GeneratorDiagnostics);
        var samples = ((IEnumerable)Static(output.Load(), "Types.Catalog", "Samples")).Cast<object>().ToList();
        var first = samples[0];

        Assert.Equal("Quoted: text, with # signs", Get(first, "Text"));
        Assert.Equal(true, Get(first, "Flag"));
        Assert.Equal(-42, Get(first, "Small"));
        Assert.Equal(9000000000L, Get(first, "Large"));
        Assert.Equal(0.1, Get(first, "Ratio"));
        Assert.Equal(19.99m, Get(first, "Price"));
        Assert.Equal("NATOGreen", Get(first, "Shade")!.ToString());
        Assert.Equal(new DateOnly(2025, 11, 25), Get(first, "Day"));
        Assert.Equal(new DateTimeOffset(2025, 11, 25, 14, 30, 0, TimeSpan.FromHours(2)), Get(first, "Moment"));
        Assert.Equal(new Uri("https://example.org/a?b=c"), Get(first, "Link"));
        Assert.Equal("12.50 EUR", Get(first, "Cost")!.ToString());
        Assert.Equal(-2.0, Get(Get(first, "Where")!, "Y"));
        Assert.Equal(7, Get(first, "MaybeNumber"));
        Assert.Equal("DarkBlue", Get(first, "MaybeShade")!.ToString());
        Assert.Equal("red", Get(Get(first, "MainTag")!, "Id"));
        Assert.Equal(new[] { "red", "blue" }, ((IEnumerable)Get(first, "Tags")!).Cast<object>().Select(t => Get(t, "Id")));
        Assert.Equal(new[] { 1, 2, 3 }, ((IEnumerable)Get(first, "Counts")!).Cast<int>());
        Assert.Equal(1000.0, Get(((IEnumerable)Get(first, "Path")!).Cast<object>().Last(), "X"));
        Assert.Equal("launch", Get(first, "event"));

        var second = samples[1];
        Assert.Equal("Two\nlines\n", Get(second, "Text"));
        Assert.Null(Get(second, "MaybeNumber"));
        Assert.Null(Get(second, "MainTag"));
        Assert.Empty(((IEnumerable)Get(second, "Tags")!).Cast<object>());
        Assert.Null(Get(second, "Counts"));
        Assert.Equal("none", Get(second, "event"));
        Assert.Equal(new DateOnly(2024, 2, 29), Get(second, "Day"));
    }

    [Fact]
    public void Json_files_are_read_like_yaml()
    {
        const string json = """
            {
              "actors": [
                { "id": "kyiv", "name": "Government of Ukraine", "kind": "government", "aliases": ["Kyiv"] },
                { "id": "marco-rubio", "name": "Marco Rubio", "kind": "person", "wikidataId": null }
              ],
              "statements": [
                { "id": "s1", "speaker": "kyiv", "summary": "Said so.", "audience": ["marco-rubio"], "saidOn": "2025-11-27" }
              ]
            }
            """;
        var output = GeneratorHarness.Run(Samples.NewsRecords, new DataFile("/data/news.json", json));
        Assert.Empty(output.GeneratorDiagnostics);
        var assembly = output.Load();
        var statement = ((IEnumerable)Static(assembly, "News.Data", "Statements")).Cast<object>().Single();
        Assert.Same(Get(Static(assembly, "News.Data", "Actors"), "Kyiv"), Get(statement, "Speaker"));
        Assert.Equal(new DateOnly(2025, 11, 27), Get(statement, "SaidOn"));
    }

    [Fact]
    public void ToString_prints_references_as_ids_and_lists_as_items()
    {
        var statements = Static(LoadNews(), "News.Data", "Statements");
        var text = ((IEnumerable)statements).Cast<object>().Last().ToString();
        Assert.Equal(
            "Statement { Id = officials-reply, Speaker = european-officials, Summary = Asked for guarantees first., RespondsTo = rubio-guarantees-after-deal }",
            text);
        var first = ((IEnumerable)statements).Cast<object>().First().ToString();
        Assert.Contains("Audience = [european-officials], SaidOn = 2025-11-25 }", first);
    }

    [Fact]
    public void A_yaml_stream_of_several_documents_is_read_document_by_document()
    {
        const string stream = """
            actors:
              - { id: a, name: A, kind: person }
            ...
            ---
            # the same collection again, in a document of its own; anchors are the document's own
            actors:
              - &b { id: b, name: B, kind: person }
            statements:
              - { id: s, speaker: a, summary: From the first document's actor. }
            ---
            ---
            actors:
              - { id: c, name: C, kind: government }
            """;
        var output = GeneratorHarness.Run(Samples.NewsRecords, DataFile.Yaml("stream.yaml", stream));
        Assert.Empty(output.GeneratorDiagnostics);
        var assembly = output.Load();
        var actors = ((IEnumerable)Static(assembly, "News.Data", "Actors")).Cast<object>().Select(a => Get(a, "Id")).ToArray();
        Assert.Equal(new object[] { "a", "b", "c" }, actors);
        var statement = ((IEnumerable)Static(assembly, "News.Data", "Statements")).Cast<object>().Single();
        Assert.Equal("a", Get(Get(statement, "Speaker")!, "Id"));

        // A collection named twice in one document is still a duplicate key.
        var duplicate = GeneratorHarness.Run(Samples.NewsRecords, DataFile.Yaml("dup.yaml", "actors: []\nactors: []\n---\nactors: []\n"));
        Assert.Equal("SD0013", Assert.Single(duplicate.GeneratorDiagnostics).Id);
    }

    [Fact]
    public void A_partial_inline_record_prints_like_the_records_under_any_culture()
    {
        const string records = """
            using System;
            using System.Collections.Immutable;
            using SeedData;
            namespace Trips;
            public sealed partial record Stay(DateOnly From, string Note, decimal Cost);
            [SeedRecord("trips")] public sealed partial record Trip(string Id, Stay Stay, ImmutableArray<Stay> Later = default);
            [SeedDataset] public static partial class Data;
            """;
        var output = GeneratorHarness.Run(records, DataFile.Yaml("trips.yaml", "trips:\n  - id: rome\n    stay: { from: 2025-11-25, note: '', cost: 1.5 }\n"));
        Assert.Empty(output.GeneratorDiagnostics);
        Assert.Contains(output.Sources, s => s.HintName.EndsWith("Stay.Members.g.cs", StringComparison.Ordinal));
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            var trip = ((IEnumerable)Static(output.Load(), "Trips.Data", "Trips")).Cast<object>().Single();
            Assert.Equal("Trip { Id = rome, Stay = Stay { From = 2025-11-25, Note = \"\", Cost = 1.5 } }", trip.ToString());
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Generated_equality_compares_references_by_id_and_lists_by_items()
    {
        const string checks = """
            using System.Collections.Immutable;
            namespace News;
            public static class Checks
            {
                public static bool CopyIsEqual()
                {
                    var rubio = Data.Actors.MarcoRubio;
                    var copy = new Actor(rubio.Id, rubio.Name, rubio.Kind, ImmutableArray.Create("Rubio"), rubio.WikidataId);
                    return copy.Equals(rubio) && copy == rubio && copy.GetHashCode() == rubio.GetHashCode();
                }
                public static bool ReferenceComparedById()
                {
                    var statement = Data.Statements[0];
                    return statement.Equals(statement with { Speaker = new Actor("marco-rubio", "Another copy", ActorKind.Government) });
                }
                public static bool DifferentListDiffers() => !Data.Actors.MarcoRubio.Equals(Data.Actors.MarcoRubio with { Aliases = ImmutableArray.Create("Marco") });
                public static bool DifferentReferenceDiffers() => !Data.Statements[0].Equals(Data.Statements[0] with { Speaker = Data.Actors.EuropeanOfficials });
                public static bool OmittedListEqualsEmpty() => new Actor("a", "A", ActorKind.Person).Equals(new Actor("a", "A", ActorKind.Person, ImmutableArray<string>.Empty));
            }
            """;
        var output = GeneratorHarness.Run(new[] { Samples.NewsRecords, checks },
            DataFile.Yaml("actors.yaml", Samples.NewsActors), DataFile.Yaml("statements.yaml", Samples.NewsStatements));
        Assert.Empty(output.GeneratorDiagnostics);
        var type = output.Load().GetType("News.Checks")!;
        foreach (var check in new[] { "CopyIsEqual", "ReferenceComparedById", "DifferentListDiffers", "DifferentReferenceDiffers", "OmittedListEqualsEmpty" })
        {
            Assert.True((bool)type.GetMethod(check)!.Invoke(null, null)!, check);
        }
    }

    [Fact]
    public void A_record_that_defines_its_own_members_keeps_them()
    {
        const string records = """
            using SeedData;
            namespace Own;
            [SeedRecord("tags")]
            public sealed partial record Tag(string Id, string Name)
            {
                public bool Equals(Tag? other) => other is not null && Id == other.Id;
                public override int GetHashCode() => Id.GetHashCode();
                private bool PrintMembers(System.Text.StringBuilder builder) { builder.Append("own"); return true; }
            }
            [SeedDataset] public static partial class Data;
            """;
        var output = GeneratorHarness.Run(records, DataFile.Yaml("tags.yaml", "tags:\n  - { id: a, name: A }\n"));
        Assert.Empty(output.GeneratorDiagnostics);
        Assert.DoesNotContain(output.Sources, s => s.HintName.EndsWith("Tag.Members.g.cs", StringComparison.Ordinal));
        var tag = ((IEnumerable)Static(output.Load(), "Own.Data", "Tags")).Cast<object>().Single();
        Assert.Equal("Tag { own }", tag.ToString());
    }

    [Fact]
    public void Yaml_anchors_and_aliases_within_the_bound_are_expanded()
    {
        const string yaml = """
            actors:
              - &rubio { id: marco-rubio, name: Marco Rubio, kind: person }
            statements:
              - id: s1
                speaker: marco-rubio
                summary: &text Same words.
              - id: s2
                speaker: marco-rubio
                summary: *text
            """;
        var output = GeneratorHarness.Run(Samples.NewsRecords, DataFile.Yaml("a.yaml", yaml));
        Assert.Empty(output.GeneratorDiagnostics);
        var statements = ((IEnumerable)Static(output.Load(), "News.Data", "Statements")).Cast<object>().ToList();
        Assert.Equal("Same words.", Get(statements[1], "Summary"));
    }

    [Fact]
    public void Other_additional_files_are_ignored()
    {
        var output = GeneratorHarness.Run(Samples.NewsRecords,
            DataFile.Yaml("actors.yaml", Samples.NewsActors),
            new DataFile("/src/stylecop.json", "{ \"settings\": { } }", isSeedData: false),
            new DataFile("/src/other.yaml", "not: [valid", isSeedData: false));
        Assert.Empty(output.GeneratorDiagnostics);
        Assert.Equal(2, Get(Static(output.Load(), "News.Data", "Actors"), "Count"));
    }

    [Fact]
    public void Content_hash_changes_with_the_data_and_only_with_it()
    {
        string Hash(string actors) => (string)GeneratorHarness.Run(Samples.NewsRecords, DataFile.Yaml("actors.yaml", actors))
            .Load().GetType("News.Data")!.GetField("ContentHash")!.GetValue(null)!;

        string original = Hash(Samples.NewsActors);
        Assert.Matches("^[0-9a-f]{64}$", original);
        Assert.Equal(original, Hash(Samples.NewsActors));
        Assert.NotEqual(original, Hash(Samples.NewsActors.Replace("Marco Rubio", "Marco A. Rubio")));
    }
}
