using System;
using System.Collections;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using SeedData.Generator.Tests.Infrastructure;
using Xunit;

namespace SeedData.Generator.Tests;

/// <summary>
/// [SeedKey]: a record keyed by a number, an enum, a Guid, a date or several fields instead of a string Id. Data files
/// refer to it by its key (a scalar, or a mapping of the fields), lookups take the key's type, a duplicate key is one
/// error at the second record naming the first, and JSON writes and reads references as keys.
/// </summary>
public sealed class KeyTests
{
    private const string Records = """
        using System;
        using System.Collections.Immutable;
        using SeedData;
        namespace Shop;
        public enum Category { Fruit, Bakery }
        [SeedRecord("products")] public sealed partial record Product([SeedKey] int Code, string Name, Category Category);
        [SeedRecord("stores")] public sealed partial record Store([SeedKey(0)] string Region, [SeedKey(1)] int Number, string Name);
        [SeedRecord("aisles")] public sealed partial record Aisle([SeedKey] Category Category, string Sign);
        [SeedRecord("days")] public sealed partial record Day([SeedKey] DateOnly Date, string Note);
        [SeedRecord("orders")] public sealed partial record Order(string Id, Product Product, Store Store, ImmutableArray<Product> Extras = default, Aisle? Aisle = null, Day? On = null);
        [SeedDataset] public static partial class Data;
        """;

    private const string Yaml = """
        products:
          - { code: 42, name: Apple, category: fruit }
          - { code: 7, name: Loaf, category: bakery }
        stores:
          - { region: eu, number: 1, name: Lyon }
          - { region: us, number: 1, name: Austin }
        aisles:
          - { category: fruit, sign: Fresh }
        days:
          - { date: 2025-11-25, note: Opening }
        orders:
          - id: o1
            product: 42
            store: { region: us, number: 1 }
            extras: [7, 4.2e1]
            aisle: fruit
            on: 2025-11-25
        """;

    private static object Static(Type type, string name) => type.GetProperty(name, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;

    private static object? Call(object target, string method, params object[] arguments)
        => target.GetType().GetMethod(method, arguments.Select(a => a.GetType()).ToArray())!.Invoke(target, arguments);

    private static Type Load(string yaml = Yaml)
    {
        var output = GeneratorHarness.Run(Records, DataFile.Yaml("shop.yaml", yaml));
        Assert.Empty(output.GeneratorDiagnostics);
        return output.Load().GetType("Shop.Data", throwOnError: true)!;
    }

    [Fact]
    public void References_written_as_keys_are_the_records_themselves()
    {
        var data = Load();
        var order = ((IEnumerable)Static(data, "Orders")).Cast<object>().Single();
        var products = Static(data, "Products");
        var apple = Call(products, "FindByCode", 42)!;
        Assert.Equal("Product { Code = 42, Name = Apple, Category = Fruit }", apple.ToString());
        Assert.Same(apple, order.GetType().GetProperty("Product")!.GetValue(order));
        var stores = Static(data, "Stores");
        var austin = Call(stores, "FindByRegionAndNumber", ("us", 1))!;
        Assert.Same(austin, order.GetType().GetProperty("Store")!.GetValue(order));
        // A reference prints its key: a composite one its fields joined with '/'.
        Assert.Equal("Order { Id = o1, Product = 42, Store = us/1, Extras = [7, 42], Aisle = Fruit, On = 2025-11-25 }", order.ToString());
        Assert.Same(Call(Static(data, "Aisles"), "FindByCategory", Enum.Parse(data.Assembly.GetType("Shop.Category")!, "Fruit")),
            order.GetType().GetProperty("Aisle")!.GetValue(order));
        Assert.Same(Call(Static(data, "Days"), "FindByDate", new DateOnly(2025, 11, 25)), order.GetType().GetProperty("On")!.GetValue(order));
    }

    [Fact]
    public void Lookups_take_the_keys_type_and_find_nothing_for_a_key_no_record_has()
    {
        var data = Load();
        var products = Static(data, "Products");
        Assert.Null(Call(products, "FindByCode", 43));
        Assert.Equal(true, Call(products, "Contains", 7));
        Assert.Equal(false, Call(products, "Contains", 8));
        Assert.Equal(1, Call(products, "IndexOf", 7));
        var stores = Static(data, "Stores");
        Assert.Null(Call(stores, "FindByRegionAndNumber", ("eu", 2)));
        Assert.Equal(0, Call(stores, "IndexOf", ("eu", 1)));
        // An integer key has no indexer by text: this[int] is the position.
        Assert.Null(products.GetType().GetProperty("Item", new[] { typeof(string) }));
        // A reverse lookup finds the referencing records by key.
        var apple = Call(products, "FindByCode", 42)!;
        Assert.Single((IEnumerable)Call(Static(data, "Orders"), "ByProduct", apple)!);
    }

    [Fact]
    public void A_duplicate_key_across_two_files_is_one_error_at_the_second_naming_the_first()
    {
        var output = GeneratorHarness.Run(Records,
            DataFile.Yaml("a.yaml", "products:\n  - { code: 42, name: Apple, category: fruit }\n"),
            DataFile.Yaml("b.yaml", "products:\n  - { code: 42.0, name: Pear, category: fruit }\n"));
        var error = Assert.Single(output.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("SD0018", error.Id);
        Assert.Equal("/data/b.yaml", error.Location.GetLineSpan().Path);
        Assert.Equal("The code '42' is already used in 'products' by the record at /data/a.yaml(2,13). Give each record a unique code.", error.GetMessage());
    }

    [Fact]
    public void A_reference_to_a_key_no_record_has_is_one_error_at_it()
    {
        var output = GeneratorHarness.Run(Records, DataFile.Yaml("shop.yaml", Yaml.Replace("store: { region: us, number: 1 }", "store: { region: us, number: 2 }", StringComparison.Ordinal)));
        var error = Assert.Single(output.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("SD0017", error.Id);
        Assert.StartsWith("No record in 'stores' has the region and number 'us/2'", error.GetMessage());
        Assert.Equal(14, error.Location.GetLineSpan().StartLinePosition.Line + 1);
    }

    [Theory]
    [InlineData("store: { region: us }", "SD0014")]
    [InlineData("store: us", "SD0014")]
    [InlineData("product: apple", "SD0014")]
    [InlineData("product: 1.5", "SD0014")]
    public void A_reference_not_written_as_the_key_is_one_wrong_type_error(string line, string id)
    {
        var output = GeneratorHarness.Run(Records, DataFile.Yaml("shop.yaml", Yaml.Replace(line.StartsWith("store", StringComparison.Ordinal) ? "store: { region: us, number: 1 }" : "product: 42", line, StringComparison.Ordinal)));
        var error = Assert.Single(output.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(id, error.Id);
    }

    [Fact]
    public void JSON_writes_references_as_keys_and_reads_them_back_into_equal_records()
    {
        var data = Load();
        using var stream = new MemoryStream();
        data.GetMethod("WriteJson", new[] { typeof(Stream) })!.Invoke(null, new object[] { stream });
        string json = Encoding.UTF8.GetString(stream.ToArray());
        Assert.Contains("\"product\": 42", json);
        Assert.Contains("\"store\": {\n        \"region\": \"us\",\n        \"number\": 1\n      }", json);
        var snapshot = data.GetMethod("ReadJson")!.Invoke(null, new object[] { new MemoryStream(stream.ToArray()) })!;
        Assert.Equal(data.GetMethod("ToSnapshot")!.Invoke(null, null), snapshot);

        // The export is a data file too: it builds the same records.
        var again = GeneratorHarness.Run(Records, new DataFile("/data/export.json", json));
        Assert.Empty(again.GeneratorDiagnostics);
    }

    [Theory]
    [InlineData("[SeedKey] double Price", "SD0051")]
    [InlineData("[SeedKey] int? Code", "SD0051")]
    [InlineData("[SeedKey] Category[] Categories", "SD0030")]
    public void A_key_of_a_type_that_cannot_be_a_key_is_one_error_at_the_declaration(string parameter, string id)
    {
        string source = Records.Replace("[SeedKey] int Code", parameter, StringComparison.Ordinal);
        var output = GeneratorHarness.Run(source, DataFile.Yaml("shop.yaml", "stores:\n  - { region: eu, number: 1, name: Lyon }\n"));
        var errors = output.GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 1, string.Join("\n", errors));
        Assert.Equal(id, errors[0].Id);
        Assert.Equal("/src/Source0.cs", errors[0].Location.GetLineSpan().Path);
    }

    [Fact]
    public void An_optional_key_is_one_error_at_the_declaration()
    {
        string source = Records.Replace("[SeedKey] DateOnly Date, string Note", "string Note, [SeedKey] DateOnly Date = default", StringComparison.Ordinal);
        var output = GeneratorHarness.Run(source, DataFile.Yaml("shop.yaml", "stores:\n  - { region: eu, number: 1, name: Lyon }\n"));
        var error = Assert.Single(output.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("SD0052", error.Id);
    }
}
