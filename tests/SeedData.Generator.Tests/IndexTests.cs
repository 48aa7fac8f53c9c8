using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using SeedData.Generator.Tests.Infrastructure;
using Xunit;

namespace SeedData.Generator.Tests;

/// <summary>
/// [SeedIndex]: indexes sorted when the project builds, queried without sorting: every query is checked against LINQ
/// over the same records (FindBy, FindRangeBy, FindClosestBy both ways, SortedBy), on an enum, a date, text ignoring
/// case, a unique text, a composite index and a value inside an inline record.
/// </summary>
public sealed class IndexTests
{
    private const string Records = """
        using System;
        using SeedData;
        namespace Shop;
        public enum Category { Fruit, Bakery, Dairy }
        public sealed partial record Size([SeedIndex] int WidthMm, int HeightMm);
        [SeedRecord("products")]
        public sealed partial record Product(
            [SeedKey] int Code,
            [SeedIndex(Comparison = StringComparison.OrdinalIgnoreCase)] string Name,
            [SeedIndex, SeedIndex("CategoryAndPrice", 0)] Category Category,
            [SeedIndex] DateOnly Since,
            [SeedIndex(Unique = true)] string Sku,
            [SeedIndex("CategoryAndPrice", 1)] decimal Price,
            Size Size,
            [SeedIndex] DateOnly? Until = null);
        [SeedDataset] public static partial class Data;
        """;

    private static readonly string[] Names = { "apple", "Banana", "cherry", "Date", "elderberry", "Fig", "grape", "Apple" };

    /// <summary>30 products over three categories, dates a few days apart (several on one day), names in mixed case.</summary>
    private static string Yaml()
    {
        var yaml = new StringBuilder("products:\n");
        for (int i = 0; i < 30; i++)
        {
            string category = (i * 7 % 3) switch { 0 => "fruit", 1 => "bakery", _ => "dairy" };
            var since = new DateOnly(2025, 1, 1).AddDays(i * 13 % 40 / 2 * 3);
            yaml.Append($"  - {{ code: {100 + i * 7 % 30}, name: {Names[i % Names.Length]}, category: {category}, since: {since:yyyy-MM-dd}, sku: S{i:000}, price: {(i % 5) * 0.5m + 0.25m}, size: {{ widthMm: {i % 4 * 10}, heightMm: 5 }}");
            if (i % 3 == 0) yaml.Append($", until: {since.AddDays(30):yyyy-MM-dd}");
            yaml.Append(" }\n");
        }
        return yaml.ToString();
    }

    private static (Type Data, object Products, List<object> All) Load()
    {
        var output = GeneratorHarness.Run(Records, DataFile.Yaml("products.yaml", Yaml()));
        Assert.Empty(output.GeneratorDiagnostics);
        var data = output.Load().GetType("Shop.Data", throwOnError: true)!;
        var products = data.GetProperty("Products")!.GetValue(null)!;
        return (data, products, ((IEnumerable)products).Cast<object>().ToList());
    }

    private static T Get<T>(object record, string name) => (T)record.GetType().GetProperty(name)!.GetValue(record)!;

    private static List<object> View(object view) => ((IEnumerable)view).Cast<object>().ToList();

    private static object Call(object target, string method, params object?[] arguments)
        => arguments.Length == 0 && target.GetType().GetProperty(method) is { } property
            ? property.GetValue(target)!
            : target.GetType().GetMethods().Single(m => m.Name == method && m.GetParameters().Length == arguments.Length).Invoke(target, arguments)!;

    [Fact]
    public void FindBy_on_a_non_unique_index_is_every_record_with_the_value_in_data_file_order()
    {
        var (data, products, all) = Load();
        var category = data.Assembly.GetType("Shop.Category")!;
        foreach (object value in Enum.GetValues(category))
        {
            var expected = all.Where(p => Equals(Get<object>(p, "Category"), value)).ToList();
            Assert.NotEmpty(expected);
            Assert.Equal(expected, View(Call(products, "FindByCategory", value)));
        }
    }

    [Fact]
    public void FindRangeBy_is_the_records_from_min_to_max_inclusive_in_index_order()
    {
        var (_, products, all) = Load();
        var days = all.Select(p => Get<DateOnly>(p, "Since")).Distinct().Order().ToList();
        int checkedRanges = 0;
        foreach (var min in days.Append(days[0].AddDays(-1)))
        {
            foreach (var max in days.Append(days[^1].AddDays(1)))
            {
                var expected = all.Select((p, i) => (p, i)).Where(x => Get<DateOnly>(x.p, "Since") >= min && Get<DateOnly>(x.p, "Since") <= max)
                    .OrderBy(x => Get<DateOnly>(x.p, "Since")).ThenBy(x => x.i).Select(x => x.p).ToList();
                Assert.Equal(expected, View(Call(products, "FindRangeBySince", min, max)));
                checkedRanges++;
            }
        }
        Assert.True(checkedRanges > 50, $"{checkedRanges} ranges checked");
    }

    [Fact]
    public void FindClosestBy_is_the_nearest_value_below_or_above()
    {
        var (_, products, all) = Load();
        var days = all.Select(p => Get<DateOnly>(p, "Since")).ToList();
        for (var probe = days.Min().AddDays(-2); probe <= days.Max().AddDays(2); probe = probe.AddDays(1))
        {
            foreach (bool lower in new[] { true, false })
            {
                var candidates = lower ? days.Where(d => d <= probe).ToList() : days.Where(d => d >= probe).ToList();
                var expected = candidates.Count == 0 ? new List<object>()
                    : all.Where(p => Get<DateOnly>(p, "Since") == (lower ? candidates.Max() : candidates.Min())).ToList();
                Assert.Equal(expected, View(Call(products, "FindClosestBySince", probe, lower)));
            }
        }
    }

    [Fact]
    public void SortedBy_text_ignoring_case_and_a_nullable_date_put_ties_and_nulls_as_net_orders_them()
    {
        var (_, products, all) = Load();
        var byName = all.Select((p, i) => (p, i)).OrderBy(x => Get<string>(x.p, "Name"), StringComparer.OrdinalIgnoreCase).ThenBy(x => x.i).Select(x => x.p).ToList();
        Assert.Equal(byName, View(Call(products, "SortedByName")));
        Assert.Equal(all.Where(p => string.Equals(Get<string>(p, "Name"), "APPLE", StringComparison.OrdinalIgnoreCase)).ToList(), View(Call(products, "FindByName", "APPLE")));
        var byUntil = all.Select((p, i) => (p, i)).OrderBy(x => (DateOnly?)x.p.GetType().GetProperty("Until")!.GetValue(x.p)).ThenBy(x => x.i).Select(x => x.p).ToList();
        Assert.Equal(byUntil, View(Call(products, "SortedByUntil")));
    }

    [Fact]
    public void A_unique_index_finds_one_record_or_null_and_a_composite_index_compares_its_parts_in_order()
    {
        var (data, products, all) = Load();
        Assert.Same(all[17], Call(products, "FindBySku", "S017"));
        Assert.Null(products.GetType().GetMethod("FindBySku")!.Invoke(products, new object[] { "S999" }));
        var category = data.Assembly.GetType("Shop.Category")!;
        var fruit = Enum.Parse(category, "Fruit");
        var tupleType = typeof(ValueTuple<,>).MakeGenericType(category, typeof(decimal));
        var key = Activator.CreateInstance(tupleType, fruit, 0.75m)!;
        var expected = all.Where(p => Equals(Get<object>(p, "Category"), fruit) && Get<decimal>(p, "Price") == 0.75m).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, View(Call(products, "FindByCategoryAndPrice", key)));
        var sorted = all.Select((p, i) => (p, i)).OrderBy(x => (int)Get<object>(x.p, "Category")).ThenBy(x => Get<decimal>(x.p, "Price")).ThenBy(x => x.i).Select(x => x.p).ToList();
        Assert.Equal(sorted, View(Call(products, "SortedByCategoryAndPrice")));
    }

    [Fact]
    public void An_index_inside_an_inline_record_sorts_the_collection_by_it()
    {
        var (_, products, all) = Load();
        var expected = all.Where(p => Get<int>(Get<object>(p, "Size"), "WidthMm") == 20).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, View(Call(products, "FindBySizeWidthMm", 20)));
    }

    [Fact]
    public void An_id_named_like_a_member_of_an_index_gets_no_named_member_and_the_project_compiles()
    {
        // Each of these ids would make a member the collection already has for its Kind index; the build said nothing
        // and the generated code did not compile (CS0102).
        const string records = """
            using SeedData;
            namespace Tools;
            public enum Kind { Hand, Power }
            [SeedRecord("tools")]
            public sealed partial record Tool(string Id, [SeedIndex] Kind Kind);
            [SeedDataset] public static partial class Data;
            """;
        var output = GeneratorHarness.Run(records, DataFile.Yaml("tools.yaml", """
            tools:
              - { id: sorted-by-kind, kind: hand }
              - { id: find-by-kind, kind: power }
              - { id: kind-index, kind: hand }
              - { id: read-kind-index, kind: power }
              - { id: hammer, kind: hand }
            """));
        var info = Assert.Single(output.GeneratorDiagnostics);
        Assert.Equal("SD0021", info.Id);
        foreach (string id in new[] { "sorted-by-kind", "find-by-kind", "kind-index", "read-kind-index" }) Assert.Contains(id, info.GetMessage(), StringComparison.Ordinal);
        var tools = output.Load().GetType("Tools.Data", throwOnError: true)!.GetProperty("Tools")!.GetValue(null)!;
        Assert.Equal("hammer", Get<string>(tools.GetType().GetProperty("Hammer")!.GetValue(tools)!, "Id"));
        Assert.Equal(3, View(Call(tools, "SortedByKind")).Count(t => Get<object>(t, "Kind").ToString() == "Hand"));
    }

    [Fact]
    public void A_view_enumerator_reads_each_record_in_MoveNext_and_is_the_default_outside_its_records_as_a_list_enumerator_is()
    {
        const string records = """
            using SeedData;
            namespace Shed;
            [SeedRecord("tools")] public sealed partial record Tool(string Id, [SeedIndex] int Weight);
            [SeedDataset] public static partial class Data;
            """;
        // A slice in the middle of the index (weights 2 to 5), so a place before or after it holds another record.
        const string probe = """
            namespace Shed;
            public static class Probe
            {
                public static string Run()
                {
                    var steps = new System.Collections.Generic.List<string>();
                    var range = Data.Tools.FindRangeByWeight(2, 5).GetEnumerator();
                    steps.Add(range.Current is { } current ? current.Id : "none");
                    bool throws = false;
                    try { _ = ((System.Collections.IEnumerator)range).Current; } catch (System.InvalidOperationException) { throws = true; }
                    steps.Add(throws ? "throws" : "reads");
                    while (range.MoveNext()) steps.Add(range.Current.Id);
                    steps.Add(range.Current is { } last ? last.Id : "none");
                    steps.Add(range.MoveNext() ? "more" : "end");
                    range.Reset();
                    steps.Add(range.MoveNext() ? range.Current.Id : "empty");
                    var none = Data.Tools.FindClosestByWeight(0).GetEnumerator();
                    steps.Add(none.MoveNext() ? "found" : "empty");
                    return string.Join(" ", steps);
                }
            }
            """;
        const string yaml = "tools:\n  - { id: saw, weight: 4 }\n  - { id: awl, weight: 1 }\n  - { id: axe, weight: 5 }\n  - { id: file, weight: 2 }\n  - { id: vise, weight: 9 }\n";
        var output = GeneratorHarness.Run(new[] { records, probe }, DataFile.Yaml("tools.yaml", yaml));
        Assert.Empty(output.SeedDiagnostics.Where(d => d.Severity > Microsoft.CodeAnalysis.DiagnosticSeverity.Info));
        string read = (string)output.Load().GetType("Shed.Probe")!.GetMethod("Run")!.Invoke(null, null)!;
        Assert.Equal("none throws file saw axe none end file empty", read);
    }

    [Fact]
    public void Views_of_record_structs_read_the_records_LINQ_orders_the_same_each_time_built_or_loaded()
    {
        const string records = """
            using SeedData;
            namespace Shed;
            [SeedRecord("tools")] public readonly partial record struct Tool(string Id, [SeedIndex] int Weight);
            [SeedDataset] public static partial class Data;
            """;
        // Each view is read twice (the second read takes the records the first kept), by index and by enumerator; an
        // enumerator read before its first record throws. The same again over a dataset loaded from the export.
        const string probe = """
            namespace Shed;
            public static class Probe
            {
                public static string Run()
                {
                    var stream = new System.IO.MemoryStream();
                    Data.WriteJson(stream);
                    stream.Position = 0;
                    return Read(Data.Tools) + " | " + Read(Data.Load(stream).Tools);
                }

                private static string Read(Data.ToolsCollection tools)
                {
                    var sorted = System.Linq.Enumerable.ToList(System.Linq.Enumerable.Select(System.Linq.Enumerable.OrderBy(tools, t => t.Weight), t => t.Id));
                    string Ids(System.Collections.Generic.IEnumerable<Tool> view) => string.Join(",", System.Linq.Enumerable.Select(view, t => t.Id));
                    var range = tools.FindRangeByWeight(2, 5);
                    string byIndex = "";
                    for (int i = 0; i < range.Count; i++) byIndex += (i > 0 ? "," : "") + range[i].Id;
                    bool throws = false;
                    try { _ = ((System.Collections.IEnumerator)tools.SortedByWeight.GetEnumerator()).Current; } catch (System.InvalidOperationException) { throws = true; }
                    return (Ids(tools.SortedByWeight) == string.Join(",", sorted)) + " " + Ids(tools.SortedByWeight) + " " + Ids(range) + " " + byIndex + " " + throws;
                }
            }
            """;
        const string yaml = "tools:\n  - { id: saw, weight: 4 }\n  - { id: awl, weight: 1 }\n  - { id: axe, weight: 5 }\n  - { id: file, weight: 2 }\n  - { id: vise, weight: 9 }\n";
        var output = GeneratorHarness.Run(new[] { records, probe }, DataFile.Yaml("tools.yaml", yaml));
        Assert.Empty(output.SeedDiagnostics.Where(d => d.Severity > Microsoft.CodeAnalysis.DiagnosticSeverity.Info));
        string read = (string)output.Load().GetType("Shed.Probe")!.GetMethod("Run")!.Invoke(null, null)!;
        const string expected = "True awl,file,saw,axe,vise file,saw,axe file,saw,axe True";
        Assert.Equal(expected + " | " + expected, read);
    }

    [Fact]
    public void A_text_index_reads_its_values_where_the_records_hold_them_and_finds_what_LINQ_finds_built_or_loaded()
    {
        // Text parts of indexes: plain, nullable, inside an inline record, in a composite with a default that one record
        // leaves out and one writes out (both held as the default, which the index then holds itself), and one value
        // an alias gives two parameters of different types. One key and one title hold a lone surrogate (the image's
        // second string form), which a reader steps over to reach the values.
        const string records = """
            using SeedData;
            namespace Notes;
            public sealed partial record Author([SeedIndex] string Handle, int Age);
            [SeedRecord("notes")]
            public sealed partial record Note(
                string Id,
                [SeedIndex] string Title,
                [SeedIndex] string? Subtitle,
                Author Author,
                [SeedIndex("TagAndRank", 0)] string Tag = "general",
                [SeedIndex("TagAndRank", 1)] int Rank = 0);
            [SeedDataset] public static partial class Data;
            """;
        // The Title index is read before any record is built; then the same over a dataset loaded from the export.
        const string probe = """
            using System.Linq;
            namespace Notes;
            public static class Probe
            {
                public static string Run()
                {
                    string built = Read(Data.Notes);
                    var stream = new System.IO.MemoryStream();
                    Data.WriteJson(stream);
                    stream.Position = 0;
                    return built + " | " + Read(Data.Load(stream).Notes);
                }

                private static string Read(Data.NotesCollection notes)
                {
                    var checks = new System.Collections.Generic.List<bool>();
                    string Ids(System.Collections.Generic.IEnumerable<Note> view) => string.Join(",", view.Select(n => n.Id));
                    string sortedByTitle = Ids(notes.SortedByTitle);
                    var all = notes.ToList();
                    foreach (var title in all.Select(n => n.Title).Distinct()) checks.Add(Ids(notes.FindByTitle(title)) == Ids(all.Where(n => n.Title == title)));
                    checks.Add(sortedByTitle == Ids(all.OrderBy(n => n.Title, System.StringComparer.Ordinal)));
                    checks.Add(Ids(notes.SortedBySubtitle) == Ids(all.OrderBy(n => n.Subtitle, System.StringComparer.Ordinal)));
                    checks.Add(Ids(notes.FindBySubtitle(null!)) == Ids(all.Where(n => n.Subtitle is null)));
                    checks.Add(Ids(notes.SortedByAuthorHandle) == Ids(all.OrderBy(n => n.Author.Handle, System.StringComparer.Ordinal)));
                    checks.Add(Ids(notes.FindRangeByAuthorHandle("b", "d")) == Ids(all.Where(n => string.CompareOrdinal(n.Author.Handle, "b") >= 0 && string.CompareOrdinal(n.Author.Handle, "d") <= 0).OrderBy(n => n.Author.Handle, System.StringComparer.Ordinal)));
                    checks.Add(Ids(notes.SortedByTagAndRank) == Ids(all.OrderBy(n => n.Tag, System.StringComparer.Ordinal).ThenBy(n => n.Rank)));
                    checks.Add(Ids(notes.FindByTagAndRank(("general", 0))) == Ids(all.Where(n => n.Tag == "general" && n.Rank == 0)));
                    return checks.Count + " " + checks.All(c => c) + " " + Ids(notes.FindByTagAndRank(("general", 0))) + " " + Ids(notes.FindBySubtitle("Shared words"));
                }
            }
            """;
        const string yaml = """
            notes:
              - id: n1
                title: &shared Shared words
                subtitle: *shared
                author: { handle: carol, age: 40 }
                tag: news
                rank: 2
              - { id: n2, title: Apples, subtitle: null, author: { handle: bob, age: 30 } }
              - { id: n3, title: Apples, subtitle: Green, author: { handle: dave, age: 50 }, tag: general }
              - { id: n4, title: Zebras, subtitle: Stripes, author: { handle: alice, age: 20 }, tag: news, rank: 1 }
              - { id: n5, title: "", subtitle: Empty title, author: { handle: bob, age: 31 }, tag: general, rank: 3 }
            """;
        const string json = """{ "notes": [ { "id": "odd-\ud800", "title": "Lone \udc00 title", "subtitle": "Shared words", "author": { "handle": "erin", "age": 60 } } ] }""";
        var output = GeneratorHarness.Run(new[] { records, probe }, DataFile.Yaml("notes.yaml", yaml), DataFile.Yaml("more.json", json));
        Assert.Empty(output.SeedDiagnostics.Where(d => d.Severity > DiagnosticSeverity.Info));
        string read = (string)output.Load().GetType("Notes.Probe")!.GetMethod("Run")!.Invoke(null, null)!;
        const string expected = "12 True odd-\ud800,n2,n3 odd-\ud800,n1";
        Assert.Equal(expected + " | " + expected, read);
        // The records' image holds each text once: the Subtitle index refers to it there.
        int held = output.Sources.Sum(source => (source.Text.Length - source.Text.Replace("Stripes", "", StringComparison.Ordinal).Length) / "Stripes".Length);
        Assert.Equal(1, held);
    }

    [Fact]
    public void Querying_and_enumerating_a_view_allocates_nothing()
    {
        // A method that queries and enumerates a view by its struct enumerator, as user code would, compiled with the data.
        const string counter = """
            public static class Counter
            {
                public static int Count(global::System.DateOnly min, global::System.DateOnly max)
                {
                    int n = 0;
                    foreach (var product in global::Shop.Data.Products.FindRangeBySince(min, max)) n += product.Code > 0 ? 1 : 0;
                    return n;
                }
            }
            """;
        var output = GeneratorHarness.Run(new[] { Records, counter }, DataFile.Yaml("products.yaml", Yaml()));
        var count = output.Load().GetType("Counter")!.GetMethod("Count")!.CreateDelegate<Func<DateOnly, DateOnly, int>>();
        var (min, max) = (new DateOnly(2025, 1, 1), new DateOnly(2025, 2, 1));
        // Warm up: the index and the records are built on first use, once, and the first read of a kept record in code
        // that is not optimized yet makes the record type's Type object, once.
        count(min, max);
        count(min, max);
        long before = GC.GetAllocatedBytesForCurrentThread();
        int seen = count(min, max);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(seen > 0);
        Assert.True(allocated == 0, $"{allocated} bytes allocated for {seen} records");
    }

    [Fact]
    public void A_value_of_a_unique_index_held_twice_is_one_error_at_the_second_record_naming_the_first()
    {
        string yaml = Yaml().Replace("sku: S020", "sku: S003", StringComparison.Ordinal);
        var output = GeneratorHarness.Run(Records, DataFile.Yaml("products.yaml", yaml));
        var error = Assert.Single(output.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("SD0055", error.Id);
        Assert.Equal(22, error.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Contains("'S003' of the unique index Sku is already held in 'products' by the record at /data/products.yaml(5,", error.GetMessage());
    }

    [Theory]
    [InlineData("[SeedIndex] Size Size", "SD0053")]
    [InlineData("[SeedIndex(Comparison = StringComparison.CurrentCulture)] string Sku", "SD0054")]
    public void An_index_that_cannot_order_the_same_everywhere_is_one_error_at_the_attribute(string parameter, string id)
    {
        string source = Records.Replace(parameter.Contains("Size", StringComparison.Ordinal) ? "Size Size" : "[SeedIndex(Unique = true)] string Sku", parameter, StringComparison.Ordinal);
        var output = GeneratorHarness.Run(source, DataFile.Yaml("products.yaml", Yaml()));
        var error = Assert.Single(output.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(id, error.Id);
        Assert.Equal("/src/Source0.cs", error.Location.GetLineSpan().Path);
    }
}
