using System;
using System.Collections;
using System.Linq;
using System.Reflection;
using SeedData.Generator.Tests.Infrastructure;
using Xunit;

namespace SeedData.Generator.Tests;

/// <summary>
/// A project's own scalar (a type with <c>Parse</c>): the build cannot check its values itself, so it keeps them, with
/// their places, for the check it runs after the compile; and a value whose Parse throws at run time names its place,
/// record and value, and breaks only the collections that hold or reach it.
/// </summary>
public sealed class ProjectScalarTests
{
    private const string Records = """
        using System;
        using System.Collections.Immutable;
        using SeedData;
        namespace Shop;
        public readonly record struct Money(decimal Amount, string Currency)
        {
            public static Money Parse(string text, IFormatProvider? provider)
            {
                var parts = text.Split(' ');
                if (parts.Length != 2 || parts[1].Length != 3) throw new FormatException("Write an amount and a currency code, like '12.50 EUR'.");
                return new Money(decimal.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), parts[1]);
            }
        }
        [SeedRecord("makers")] public sealed partial record Maker(string Id, string Name);
        [SeedRecord("items")] public sealed partial record Item(string Id, Maker Maker, Money Price);
        [SeedRecord("bundles")] public sealed partial record Bundle(string Id, ImmutableArray<Item> Items);
        [SeedRecord("notes")] public sealed partial record Note(string Id, string Text);
        [SeedDataset] public static partial class Data;
        """;

    private const string Yaml = """
        makers:
          - { id: acme, name: Acme }
        items:
          - id: kettle
            maker: acme
            price: 12.50 EUR
          - id: toaster
            maker: acme
            price: twelve euros
        bundles:
          - { id: kitchen, items: [kettle, toaster] }
        notes:
          - { id: n1, text: Fine }
        """;

    private static Type Load()
    {
        var output = GeneratorHarness.Run(Records, DataFile.Yaml("shop.yaml", Yaml));
        // The build cannot run Parse itself: no SD error, and every value kept for the check after the compile.
        Assert.Empty(output.GeneratorDiagnostics);
        return output.Load().GetType("Shop.Data", throwOnError: true)!;
    }

    private static object Collection(Type data, string name) => data.GetProperty(name, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;

    [Fact]
    public void Every_value_is_kept_with_its_type_record_and_place()
    {
        var data = Load();
        var table = (string)data.GetNestedType("SeedDataValueChecks", BindingFlags.NonPublic)!.GetField("Table", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
        Assert.Equal(new[]
        {
            "global::Shop.Money\titems\tkettle\t/data/shop.yaml(6,12)\t12.50 EUR",
            "global::Shop.Money\titems\ttoaster\t/data/shop.yaml(9,12)\ttwelve euros",
        }, table.Split('\n'));
    }

    [Fact]
    public void A_value_whose_Parse_throws_names_its_place_record_and_value_and_breaks_only_what_reaches_it()
    {
        var data = Load();
        var items = Collection(data, "Items");
        var error = Assert.Throws<InvalidOperationException>(() => ((IEnumerable)items).Cast<object>().ToList());
        Assert.Equal("/data/shop.yaml(9,12): the value 'twelve euros' of the 'items' record 'toaster' is not a valid Money: "
            + "Write an amount and a currency code, like '12.50 EUR'.", error.Message);
        Assert.IsType<FormatException>(error.InnerException);

        // The bundles reach the items, so they cannot be built; the makers and notes do not, and stay usable.
        var bundles = Assert.Throws<InvalidOperationException>(() => ((IEnumerable)Collection(data, "Bundles")).Cast<object>().ToList());
        Assert.Contains("The records of 'bundles' reference that record", bundles.Message);
        Assert.Equal("Maker { Id = acme, Name = Acme }", ((IEnumerable)Collection(data, "Makers")).Cast<object>().Single().ToString());
        Assert.Equal("Note { Id = n1, Text = Fine }", ((IEnumerable)Collection(data, "Notes")).Cast<object>().Single().ToString());
        // Ids are read apart from the records: a lookup by id still answers, and the same error comes with the record.
        Assert.Equal(1, items.GetType().GetMethod("IndexOf")!.Invoke(items, new object[] { "toaster" }));
    }
}
