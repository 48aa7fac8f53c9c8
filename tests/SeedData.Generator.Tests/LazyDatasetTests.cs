using System;
using System.Linq;
using System.Reflection;
using System.Text;
using SeedData.Generator.Tests.Infrastructure;
using Xunit;

namespace SeedData.Generator.Tests;

/// <summary>
/// The build's records are read from the image one at a time: a lookup builds the record it returns and those it
/// references, and no other; one instance per record, whichever thread asks first; enumerating builds the collection.
/// A document read at run time (<c>Data.Load</c>) and a changed copy (<c>With</c>) are datasets of the same type, with
/// the same lookups. Each test compiles its own project, so its counters start at zero.
/// </summary>
public sealed class LazyDatasetTests
{
    // Every record counts its construction, so a test sees how many were built.
    private const string Records = """
        using System;
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using System.Linq;
        using System.Threading;
        using SeedData;
        namespace Atlas;
        public static class Built { public static int Count; public static int Next() => Interlocked.Increment(ref Count); }
        public enum Climate { Temperate, Arid, Polar }
        [SeedRecord("countries")] public sealed partial record Country([SeedKey] string Code, string Name)
        {
            public int Order { get; } = Built.Next();
        }
        [SeedRecord("cities")] public sealed partial record City([SeedKey] int Number, string Name, Country Country, [SeedIndex] Climate Climate, [SeedIndex(Unique = true)] string Slug)
        {
            public int Order { get; } = Built.Next();
        }
        [SeedRecord("steps")] public sealed partial record Step(string Id, Step? Previous = null)
        {
            public int Order { get; } = Built.Next();
        }
        [SeedDataset] public static partial class Data;
        """;

    private static string Yaml(int steps = 3)
    {
        var yaml = new StringBuilder("""
            countries:
              - { code: fr, name: France }
              - { code: us, name: United States }
              - { code: de, name: Germany }
            cities:
              - { number: 1, name: Lyon, country: fr, climate: temperate, slug: lyon }
              - { number: 2, name: Austin, country: us, climate: arid, slug: austin }
              - { number: 3, name: Paris, country: fr, climate: temperate, slug: paris }
            steps:

            """);
        // A chain of references longer than a lookup follows by recursion.
        for (int i = 0; i < steps; i++) yaml.Append("  - { id: s" + i + (i > 0 ? ", previous: s" + (i - 1) : string.Empty) + " }\n");
        return yaml.ToString();
    }

    /// <summary>Compiles the records, the data and a static <c>Probe.Run()</c>, runs it and returns what it returned.</summary>
    private static string Run(string probe, string? yaml = null)
    {
        var output = GeneratorHarness.Run(new[] { Records, "using System; using System.Linq; using System.Threading; namespace Atlas; public static class Probe { public static string Run() { " + probe + " } }" }, DataFile.Yaml("atlas.yaml", yaml ?? Yaml()));
        // Past 1,000 steps the collection has no named members: an Info, and nothing else.
        Assert.Empty(output.SeedDiagnostics.Where(d => d.Severity > Microsoft.CodeAnalysis.DiagnosticSeverity.Info));
        var run = output.Load().GetType("Atlas.Probe", throwOnError: true)!.GetMethod("Run")!;
        try
        {
            return (string)run.Invoke(null, null)!;
        }
        catch (TargetInvocationException ex)
        {
            throw ex.InnerException!;
        }
    }

    [Fact]
    public void A_lookup_by_key_builds_the_record_and_those_it_references_and_no_other()
    {
        string result = Run("""
            var lyon = Data.Cities.FindByNumber(1)!;
            int afterLookup = Built.Count;
            bool same = ReferenceEquals(lyon.Country, Data.Countries.FindByCode("fr")) && ReferenceEquals(lyon, Data.Cities[0]);
            int afterSecond = Built.Count;
            int cities = Enumerable.Count(Data.Cities);
            return afterLookup + " " + same + " " + afterSecond + " " + cities + " " + Built.Count + " " + ReferenceEquals(lyon, Data.Cities.First());
            """);
        // Lyon and France; then nothing new; enumerating the cities builds them and what they reach (the countries), not the steps.
        Assert.Equal("2 True 2 3 6 True", result);
    }

    [Fact]
    public void Key_lookups_read_the_key_table_and_build_no_record()
    {
        string result = Run("""
            string found = Data.Countries.IndexOf("de") + " " + Data.Countries.IndexOf("us") + " " + Data.Countries.IndexOf("xx") + " " + Data.Countries.Contains("fr")
                + " " + Data.Cities.Contains(3) + " " + Data.Cities.Contains(4) + " " + Data.Steps.IndexOf("s2") + " " + Data.Steps.IndexOf("") + " " + Data.Steps.IndexOf(null!);
            return found + " | " + Built.Count;
            """);
        Assert.Equal("2 1 -1 True True False 2 -1 -1 | 0", result);
    }

    [Fact]
    public void Every_key_of_a_large_collection_is_found_in_the_table_laid_out_at_build_time_and_no_other()
    {
        // The first pass reads each probed key from the image and keeps it; the second compares the kept keys.
        var yaml = new StringBuilder(Yaml(steps: 5000));
        string result = Run("""
            var passes = new System.Collections.Generic.List<string>();
            for (int pass = 0; pass < 2; pass++)
            {
                int found = 0, wrong = 0;
                for (int i = 0; i < 5000; i++)
                {
                    if (Data.Steps.IndexOf("s" + i) == i) found++;
                    if (Data.Steps.IndexOf("t" + i) != -1 || Data.Steps.IndexOf("s" + i + " ") != -1 || Data.Steps.IndexOf("S" + i) != -1) wrong++;
                }
                passes.Add(found + " " + wrong);
            }
            return string.Join(", ", passes) + " | " + Built.Count;
            """, yaml.ToString());
        Assert.Equal("5000 0, 5000 0 | 0", result);
    }

    [Fact]
    public void A_reference_chain_deeper_than_the_recursion_limit_is_built_in_the_images_order()
    {
        string result = Run("""
            var last = Data.Steps["s4999"];
            int depth = 0;
            for (var step = last; step.Previous is { } previous; step = previous) depth++;
            bool same = ReferenceEquals(last.Previous, Data.Steps["s4998"]) && ReferenceEquals(Data.Steps[0], Data.Steps.First());
            return depth + " " + same;
            """, Yaml(steps: 5000));
        Assert.Equal("4999 True", result);
    }

    [Fact]
    public void Many_threads_looking_up_at_once_get_one_instance_per_record()
    {
        string result = Run("""
            // A prime number of steps: each thread's stride visits every one.
            const int threads = 16, steps = 2999;
            var seen = new object[threads][];
            var start = new Barrier(threads);
            var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
            {
                var mine = new object[steps + 3];
                start.SignalAndWait();
                // Each thread asks in its own order, so first builds race on every record.
                for (int k = 0; k < steps; k++)
                {
                    int i = (k * (2 * t + 1) + t * 97) % steps;
                    mine[i] = Data.Steps["s" + i];
                }
                mine[steps] = Data.Cities.FindByNumber(1)!.Country;
                mine[steps + 1] = Data.Countries.FindByCode("fr")!;
                mine[steps + 2] = Data.Cities.FindBySlug("paris")!.Country;
                seen[t] = mine;
            })).ToList();
            workers.ForEach(w => w.Start());
            workers.ForEach(w => w.Join());
            int differing = 0;
            for (int t = 1; t < threads; t++)
            {
                for (int i = 0; i < steps + 3; i++) if (!ReferenceEquals(seen[t][i], seen[0][i])) differing++;
            }
            bool chain = Enumerable.Range(1, steps - 1).All(i => ReferenceEquals(((Step)seen[0][i]).Previous, seen[0][i - 1]));
            bool france = ReferenceEquals(seen[0][steps], seen[0][steps + 1]) && ReferenceEquals(seen[0][steps], seen[0][steps + 2]);
            // Enumerating afterwards gives the instances the lookups published.
            bool enumerated = Data.Steps.Select((s, i) => ReferenceEquals(s, seen[0][i])).All(same => same);
            return differing + " " + chain + " " + france + " " + enumerated;
            """, Yaml(steps: 2999));
        Assert.Equal("0 True True True", result);
    }

    [Fact]
    public void Load_reads_an_export_into_a_dataset_of_the_same_type_with_the_same_lookups()
    {
        string result = Run("""
            var stream = new System.IO.MemoryStream();
            Data.WriteJson(stream);
            string json = System.Text.Encoding.UTF8.GetString(stream.ToArray()).Replace("\"Lyon\"", "\"Lugdunum\"");
            var loaded = Data.Load(new System.IO.MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)));
            var lyon = loaded.Cities.FindByNumber(1)!;
            return lyon.Name + " " + Data.Cities.FindByNumber(1)!.Name
                + " " + (loaded.Cities.GetType() == Data.Cities.GetType())
                + " " + ReferenceEquals(lyon.Country, loaded.Countries["fr"])
                + " " + string.Join(",", loaded.Cities.ByCountry(loaded.Countries["fr"]).Select(c => c.Name))
                + " " + string.Join(",", loaded.Cities.FindByClimate(Climate.Temperate).Select(c => c.Name))
                + " " + loaded.Cities.FindBySlug("austin")!.Name
                + " " + string.Join(",", loaded.Cities.SortedBySlug.Select(c => c.Number))
                + " " + (loaded.Steps.Count == Data.Steps.Count);
            """);
        Assert.Equal("Lugdunum Lyon True True Lugdunum,Paris Lugdunum,Paris Austin 2,1,3 True", result);
    }

    [Theory]
    [InlineData("\"code\": \"de\"", "\"code\": \"fr\"", "already used")]
    [InlineData("\"country\": \"us\"", "\"country\": \"xx\"", "xx")]
    [InlineData("\"slug\": \"austin\"", "\"slug\": \"lyon\"", "unique index Slug")]
    public void A_bad_document_is_a_JsonException_with_its_path_and_no_dataset(string from, string to, string expected)
    {
        string result = Run("""
            var stream = new System.IO.MemoryStream();
            Data.WriteJson(stream);
            string json = System.Text.Encoding.UTF8.GetString(stream.ToArray());
            if (!json.Contains(FROM)) return "not in the export: " + json;
            try
            {
                Data.Load(new System.IO.MemoryStream(System.Text.Encoding.UTF8.GetBytes(json.Replace(FROM, TO))));
                return "loaded";
            }
            catch (System.Text.Json.JsonException ex)
            {
                return ex.Path + " | " + ex.Message;
            }
            """.Replace("FROM", Literal(from)).Replace("TO", Literal(to)));
        Assert.StartsWith("$.", result);
        Assert.Contains(expected, result);
    }

    [Fact]
    public void With_adds_replaces_and_removes_by_key_and_leaves_the_old_dataset_as_it_was()
    {
        string result = Run("""
            var before = Data.Embedded;
            var after = before.With(changes =>
            {
                changes.Countries.Replace(Data.Countries["fr"] with { Name = "République française" });
                changes.Countries.Add(new Country("it", "Italy"));
                changes.Cities.Add(new City(4, "Rome", new Country("it", "Italy"), Climate.Temperate, "rome"));
                changes.Cities.Remove(2);
            });
            var lyon = after.Cities.FindByNumber(1)!;
            return lyon.Country.Name + " | " + ReferenceEquals(lyon.Country, after.Countries["fr"])
                + " | " + ReferenceEquals(after.Cities.FindByNumber(4)!.Country, after.Countries["it"])
                + " | " + string.Join(",", after.Cities.Select(c => c.Name)) + " | " + string.Join(",", Data.Cities.Select(c => c.Name))
                + " | " + Data.Countries["fr"].Name + " | " + (after.Cities.FindBySlug("austin") is null) + " | " + after.ContentHash.Length;
            """);
        Assert.Equal("République française | True | True | Lyon,Paris,Rome | Lyon,Austin,Paris | France | True | 0", result);
    }

    [Fact]
    public void With_that_breaks_a_reference_or_repeats_a_key_throws_and_makes_nothing()
    {
        string result = Run("""
            string removed, added;
            try { Data.Embedded.With(changes => changes.Countries.Remove("us")); removed = "made"; }
            catch (InvalidOperationException ex) { removed = ex.Message; }
            try { Data.Embedded.With(changes => changes.Countries.Add(new Country("fr", "Again"))); added = "made"; }
            catch (ArgumentException ex) { added = ex.Message; }
            return removed + " || " + added;
            """);
        Assert.Contains("us", result.Split(" || ")[0]);
        Assert.Contains("not a valid dataset", result.Split(" || ")[0]);
        Assert.Contains("already has the key 'fr'", result.Split(" || ")[1]);
    }

    private static string Literal(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
