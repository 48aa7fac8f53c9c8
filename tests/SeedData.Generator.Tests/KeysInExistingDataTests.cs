using System;
using System.Collections;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using SeedData.Generator.Tests.Infrastructure;
using Xunit;
using static SeedData.Generator.Tests.Infrastructure.GeneratedData;

namespace SeedData.Generator.Tests;

/// <summary>
/// Where [SeedKey] meets data as it is published: key fields, and the fields of a composite key written as a reference,
/// are spelled in the file's key naming (and a [SeedField]'s spelling) like every key; a file of one collection keyed
/// by a mapping fills a record's one key field from each key; a composite key cannot be one mapping key, which is one
/// error; CSV rows are keyed by their key columns; an index reads its values in the file's naming.
/// </summary>
public sealed class KeysInExistingDataTests
{
    private const string Records = """
        using System.Collections.Immutable;
        using SeedData;
        namespace Shop;
        [SeedRecord("regions")] public sealed partial record Region([SeedKey] string Code, string DisplayName);
        [SeedRecord("products")] public sealed partial record Product([SeedKey] int ItemNumber, string DisplayName, [SeedIndex] decimal UnitPrice = 0);
        [SeedRecord("stores")] public sealed partial record Store([SeedKey(0)] string RegionCode, [SeedKey(1)] int StoreNumber, string DisplayName);
        [SeedRecord("orders")] public sealed partial record Order(string Id, Store ShippedFrom, Product Item, Region? Region = null);
        [SeedDataset] public static partial class Data;
        """;

    private const string SnakeYaml = """
        regions:
          - { code: eu-west, display_name: West }
        products:
          - { item_number: 42, display_name: Apple, unit_price: 1.5 }
          - { item_number: 7, display_name: Loaf, unit_price: 0.5 }
        stores:
          - { region_code: eu, store_number: 1, display_name: Lyon }
          - { region_code: us, store_number: 1, display_name: Austin }
        orders:
          - { id: o1, shipped_from: { region_code: us, store_number: 1 }, item: 42, region: eu-west }
        """;

    private static object Call(object target, string method, params object[] arguments)
        => target.GetType().GetMethod(method, arguments.Select(a => a.GetType()).ToArray())!.Invoke(target, arguments)!;

    private static void NoErrors(GeneratorOutput output)
    {
        var errors = output.GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void Key_fields_and_a_composite_reference_follow_the_file_s_key_naming()
    {
        var output = GeneratorHarness.Run(Records, DataFile.With("shop.yaml", SnakeYaml, ("KeyNaming", "snake_case")));
        NoErrors(output);
        var assembly = output.Load();
        var order = ((IEnumerable)Static(assembly, "Shop.Data", "Orders")).Cast<object>().Single();
        Assert.Same(Call(Static(assembly, "Shop.Data", "Stores"), "FindByRegionCodeAndStoreNumber", ("us", 1)), Get(order, "ShippedFrom"));
        Assert.Same(Call(Static(assembly, "Shop.Data", "Products"), "FindByItemNumber", 42), Get(order, "Item"));
        Assert.Same(ById(Static(assembly, "Shop.Data", "Regions"), "eu-west"), Get(order, "Region"));
        // The index reads its values in the file's naming too.
        var cheapest = ((IEnumerable)Get(Static(assembly, "Shop.Data", "Products"), "SortedByUnitPrice")!).Cast<object>().First();
        Assert.Equal("Loaf", Get(cheapest, "DisplayName"));
    }

    [Fact]
    public void A_composite_reference_in_another_naming_than_the_file_s_is_one_error_that_spells_the_fields_as_the_file_does()
    {
        string yaml = SnakeYaml.Replace("shipped_from: { region_code: us, store_number: 1 }", "shipped_from: { regionCode: us, storeNumber: 1 }", StringComparison.Ordinal);
        var output = GeneratorHarness.Run(Records, DataFile.With("shop.yaml", yaml, ("KeyNaming", "snake_case")));
        var error = Assert.Single(output.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("SD0014", error.Id);
        Assert.Contains("{region_code: ..., store_number: ...}", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_seed_field_on_a_key_field_is_its_key_in_the_record_and_in_references()
    {
        string source = Records.Replace("[SeedKey(0)] string RegionCode", "[SeedKey(0), SeedField(\"region\")] string RegionCode", StringComparison.Ordinal);
        string yaml = SnakeYaml.Replace("region_code:", "region:", StringComparison.Ordinal);
        var output = GeneratorHarness.Run(source, DataFile.With("shop.yaml", yaml, ("KeyNaming", "snake_case")));
        NoErrors(output);
        var assembly = output.Load();
        var order = ((IEnumerable)Static(assembly, "Shop.Data", "Orders")).Cast<object>().Single();
        Assert.Same(Call(Static(assembly, "Shop.Data", "Stores"), "FindByRegionCodeAndStoreNumber", ("us", 1)), Get(order, "ShippedFrom"));
    }

    [Fact]
    public void The_dataset_s_key_naming_spells_key_fields_in_exports_and_the_schema()
    {
        string source = Records.Replace("[SeedDataset]", "[SeedDataset(KeyNaming = \"snake_case\")]", StringComparison.Ordinal);
        var output = GeneratorHarness.Run(source, DataFile.Yaml("shop.yaml", SnakeYaml));
        NoErrors(output);
        var data = output.Load().GetType("Shop.Data", throwOnError: true)!;
        using var stream = new MemoryStream();
        data.GetMethod("WriteJson", new[] { typeof(Stream) })!.Invoke(null, new object[] { stream });
        string json = Encoding.UTF8.GetString(stream.ToArray());
        Assert.Contains("\"shipped_from\": {\n        \"region_code\": \"us\",\n        \"store_number\": 1\n      }", json);
        Assert.Contains("\"item_number\": 42", json);
        // The export reads back, and builds the same records as a data file.
        Assert.Equal(data.GetMethod("ToSnapshot")!.Invoke(null, null), data.GetMethod("ReadJson", new[] { typeof(System.IO.Stream) })!.Invoke(null, new object[] { new MemoryStream(stream.ToArray()) }));
        NoErrors(GeneratorHarness.Run(source, new DataFile("/data/export.json", json)));

        string schema = (string)data.GetField("JsonSchema")!.GetValue(null)!;
        using var document = System.Text.Json.JsonDocument.Parse(schema);
        var key = document.RootElement.GetProperty("$defs").GetProperty("stores-key");
        Assert.Equal(new[] { "region_code", "store_number" }, key.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
    }

    [Theory]
    [InlineData("exact", "Id", "ItemNumber", "RegionCode")]
    [InlineData("snake_case", "id", "item_number", "region_code")]
    public void The_Data_Package_s_keys_name_columns_in_the_dataset_s_key_naming(string naming, string id, string itemNumber, string regionCode)
    {
        string source = Records.Replace("[SeedDataset]", "[SeedDataset(KeyNaming = \"" + naming + "\")]", StringComparison.Ordinal);
        string yaml = naming == "exact"
            ? "stores:\n  - { RegionCode: us, StoreNumber: 1, DisplayName: Austin }\nproducts:\n  - { ItemNumber: 7, DisplayName: Loaf }\norders:\n  - { Id: o1, ShippedFrom: { RegionCode: us, StoreNumber: 1 }, Item: 7 }\n"
            : "stores:\n  - { region_code: us, store_number: 1, display_name: Austin }\nproducts:\n  - { item_number: 7, display_name: Loaf }\norders:\n  - { id: o1, shipped_from: { region_code: us, store_number: 1 }, item: 7 }\n";
        var output = GeneratorHarness.Run(source, DataFile.Yaml("shop.yaml", yaml));
        NoErrors(output);
        var data = output.Load().GetType("Shop.Data", throwOnError: true)!;
        var files = ((System.Collections.Generic.IEnumerable<System.Collections.Generic.KeyValuePair<string, byte[]>>)data.GetMethod("DataPackageFiles")!.Invoke(null, null)!)
            .ToDictionary(f => f.Key, f => f.Value);
        using var descriptor = System.Text.Json.JsonDocument.Parse(files["datapackage.json"]);
        var schemas = descriptor.RootElement.GetProperty("resources").EnumerateArray().Where(r => r.TryGetProperty("schema", out _)).ToDictionary(r => r.GetProperty("name").GetString()!, r => r.GetProperty("schema"));
        string[] Fields(string resource) => schemas[resource].GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()!).ToArray();
        string[] PrimaryKey(string resource) => schemas[resource].GetProperty("primaryKey").EnumerateArray().Select(f => f.GetString()!).ToArray();
        Assert.Equal(new[] { id }, PrimaryKey("orders"));
        Assert.Equal(new[] { itemNumber }, PrimaryKey("products"));
        Assert.Equal(regionCode, PrimaryKey("stores")[0]);
        foreach (var resource in schemas.Keys) Assert.All(PrimaryKey(resource), key => Assert.Contains(key, Fields(resource)));
        var foreignKey = schemas["orders"].GetProperty("foreignKeys").EnumerateArray().Single(k => k.GetProperty("reference").GetProperty("resource").GetString() == "products");
        Assert.Equal(itemNumber, foreignKey.GetProperty("reference").GetProperty("fields").GetString());
    }

    [Fact]
    public void A_keyed_file_fills_a_record_s_one_key_field_from_each_key()
    {
        const string regions = """
            eu-west:
              display_name: West
            us-east:
              display_name: East
            """;
        const string products = """
            { "42": { "display_name": "Apple" }, "7": { "display_name": "Loaf", "unit_price": 0.5 } }
            """;
        const string stores = """
            stores:
              - { region_code: us, store_number: 1, display_name: Austin }
            orders:
              - { id: o1, shipped_from: { region_code: us, store_number: 1 }, item: 7, region: us-east }
            """;
        var output = GeneratorHarness.Run(Records,
            DataFile.With("regions.yml", regions, ("Collection", "regions"), ("KeyNaming", "snake_case")),
            DataFile.With("products.json", products, ("Collection", "products"), ("KeyNaming", "snake_case")),
            DataFile.With("stores.yml", stores, ("KeyNaming", "snake_case")));
        NoErrors(output);
        var assembly = output.Load();
        var regionsCollection = Static(assembly, "Shop.Data", "Regions");
        Assert.Equal(new object[] { "eu-west", "us-east" }, ((IEnumerable)regionsCollection).Cast<object>().Select(r => Get(r, "Code")));
        Assert.Equal("East", Get(ById(regionsCollection, "us-east"), "DisplayName"));
        var productsCollection = Static(assembly, "Shop.Data", "Products");
        // A JSON key is text, read as the key field's value: "42" is the whole number 42.
        Assert.Equal(new object[] { 42, 7 }, ((IEnumerable)productsCollection).Cast<object>().Select(p => Get(p, "ItemNumber")));
        var order = ((IEnumerable)Static(assembly, "Shop.Data", "Orders")).Cast<object>().Single();
        Assert.Same(Call(productsCollection, "FindByItemNumber", 7), Get(order, "Item"));
        Assert.Same(ById(regionsCollection, "us-east"), Get(order, "Region"));

        // The schema's keyed entry point: each key is the record's code, which its values then leave out.
        string schema = (string)assembly.GetType("Shop.Data", throwOnError: true)!.GetField("JsonSchema")!.GetValue(null)!;
        using var document = System.Text.Json.JsonDocument.Parse(schema);
        var defs = document.RootElement.GetProperty("$defs");
        Assert.Contains("each key a record's code", defs.GetProperty("file@regions@keyed@snake_case").GetProperty("description").GetString());
        var keyed = defs.GetProperty("Shop.Region@keyed@snake_case");
        Assert.Equal(new[] { "display_name" }, keyed.GetProperty("properties").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void A_keyed_file_whose_record_also_gives_its_key_field_is_one_error_there()
    {
        const string regions = "eu-west:\n  code: eu-west\n  display_name: West\nus-east:\n  display_name: East\n";
        var output = GeneratorHarness.Run(Records, DataFile.With("regions.yml", regions, ("Collection", "regions"), ("KeyNaming", "snake_case")));
        var error = Assert.Single(output.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(("SD0082", 2), (error.Id, error.Location.GetLineSpan().StartLinePosition.Line + 1));
        Assert.Contains("cannot also have the key 'code'", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_keyed_key_that_is_not_the_key_field_s_type_is_one_error_at_the_key()
    {
        const string products = "forty-two:\n  display_name: Apple\n";
        var output = GeneratorHarness.Run(Records, DataFile.With("products.yml", products, ("Collection", "products"), ("KeyNaming", "snake_case")));
        var error = Assert.Single(output.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(("SD0014", 1), (error.Id, error.Location.GetLineSpan().StartLinePosition.Line + 1));
    }

    [Fact]
    public void A_keyed_file_of_a_record_with_a_composite_key_is_one_error_that_says_to_write_a_list()
    {
        const string stores = "eu:\n  store_number: 1\n  display_name: Lyon\nus:\n  store_number: 1\n  display_name: Austin\n";
        var output = GeneratorHarness.Run(Records, DataFile.With("stores.yml", stores, ("Collection", "stores"), ("KeyNaming", "snake_case")));
        var error = Assert.Single(output.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(("SD0006", 1), (error.Id, error.Location.GetLineSpan().StartLinePosition.Line + 1));
        string message = error.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("keyed by region_code and store_number, a composite key", message);
        Assert.Contains("write them as a list", message);

        // As a list, the same file binds.
        const string list = "- { region_code: eu, store_number: 1, display_name: Lyon }\n- { region_code: us, store_number: 1, display_name: Austin }\n";
        var built = GeneratorHarness.Run(Records, DataFile.With("stores.yml", list, ("Collection", "stores"), ("KeyNaming", "snake_case")));
        NoErrors(built);
        // The schema has the list entry point for such a file, and no keyed one.
        string schema = (string)built.Load().GetType("Shop.Data", throwOnError: true)!.GetField("JsonSchema")!.GetValue(null)!;
        using var document = System.Text.Json.JsonDocument.Parse(schema);
        var defs = document.RootElement.GetProperty("$defs");
        Assert.True(defs.TryGetProperty("file@stores@list@snake_case", out _));
        Assert.False(defs.TryGetProperty("file@stores@keyed@snake_case", out _));
    }

    [Fact]
    public void Csv_rows_are_keyed_by_their_key_columns_and_an_unread_row_still_counts_for_references()
    {
        const string stores = "region_code,store_number,display_name\neu,1,Lyon\nus,1,\"Austin\n";
        const string orders = "orders:\n  - { id: o1, shipped_from: { region_code: eu, store_number: 1 }, item: 7 }\n  - { id: o2, shipped_from: { region_code: us, store_number: 1 }, item: 7 }\n"
            + "products:\n  - { item_number: 7, display_name: Loaf }\n";
        var output = GeneratorHarness.Run(Records,
            DataFile.With("stores.csv", stores, ("KeyNaming", "snake_case")),
            DataFile.With("orders.yaml", orders, ("KeyNaming", "snake_case")));
        // The unclosed quote alone: the row it breaks still counts for the reference to it.
        var error = Assert.Single(output.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("SD0084", error.Id);

        string fixedStores = stores.Replace("\"Austin", "Austin", StringComparison.Ordinal);
        var built = GeneratorHarness.Run(Records, DataFile.With("stores.csv", fixedStores, ("KeyNaming", "snake_case")), DataFile.With("orders.yaml", orders, ("KeyNaming", "snake_case")));
        NoErrors(built);
        var assembly = built.Load();
        var second = ((IEnumerable)Static(assembly, "Shop.Data", "Orders")).Cast<object>().Last();
        Assert.Same(Call(Static(assembly, "Shop.Data", "Stores"), "FindByRegionCodeAndStoreNumber", ("us", 1)), Get(second, "ShippedFrom"));
    }
}
