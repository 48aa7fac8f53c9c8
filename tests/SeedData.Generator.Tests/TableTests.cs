using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SeedData.Generator.Tests.Infrastructure;
using Xunit;
using static SeedData.Generator.Tests.Infrastructure.GeneratedData;

namespace SeedData.Generator.Tests;

/// <summary>
/// CSV and TSV data files: a spreadsheet's export bound as it is, each cell by its column's parameter, mixed freely with
/// YAML and JSON files; and every mistake one error at its cell.
/// </summary>
public sealed class TableTests
{
    private const string Shop = """
        using System;
        using System.Collections.Immutable;
        using SeedData;
        namespace Shop;
        public enum Aisle { Fruit, Bakery, DairyAndEggs }
        public sealed partial record Size(int WidthMm, int HeightMm, string? Note = null);
        [SeedRecord("suppliers")] public sealed partial record Supplier(string Id, string Name, string Country);
        [SeedRecord("products")]
        public sealed partial record Product(string Id, string Name, Aisle Aisle, decimal Price, Supplier Supplier,
            ImmutableArray<string> Tags = default, DateOnly? Since = null, bool Organic = false, Size? Size = null,
            ImmutableArray<Supplier> AlsoFrom = default, string? Note = null);
        [SeedDataset] public static partial class Catalog;
        """;

    private const string Suppliers = "suppliers:\n  - { id: orchard-co, name: Orchard & Co, country: NZ }\n  - { id: mill, name: The Mill, country: FR }\n";

    /// <summary>A product table as a spreadsheet saves it as CSV: CRLF, a byte order mark, quotes only where needed.</summary>
    private const string SpreadsheetExport =
        "\uFEFFId,Name,Aisle,Price,Supplier,Tags,Since,Organic,Note\r\n"
        + "apple,Apple,fruit,0.45,orchard-co,fresh;local,,true,\r\n"
        + "sourdough,\"Sourdough loaf, large\",bakery,4.20,mill,,2025-03-01,false,\"Baked \"\"daily\"\"\"\r\n"
        + "eggs,Eggs,dairy-and-eggs,3,orchard-co,,,,\"A note\r\non two lines\"\r\n";

    private static DataFile Products(string csv, string name = "products.csv", params (string, string)[] metadata)
        => DataFile.With(name, csv, metadata.Length == 0 ? new[] { ("KeyNaming", "exact") } : metadata);

    private static object Static(Assembly assembly, string member) => GeneratedData.Static(assembly, "Shop.Catalog", member);

    /// <summary>The one diagnostic of a build: its id and 1-based place, and its message holding <paramref name="contains"/>.</summary>
    private static void OneError(GeneratorOutput built, string id, (int Line, int Column) place, string contains)
    {
        var diagnostic = Assert.Single(built.SeedDiagnostics);
        Assert.Equal((id, place), (diagnostic.Id, Place(diagnostic)));
        Assert.Contains(contains, Message(diagnostic));
    }

    private static string Message(Diagnostic diagnostic) => diagnostic.GetMessage(CultureInfo.InvariantCulture);

    private static (int Line, int Column) Place(Diagnostic diagnostic)
    {
        var start = diagnostic.Location.GetLineSpan().StartLinePosition;
        return (start.Line + 1, start.Character + 1);
    }

    [Fact]
    public void A_spreadsheet_export_binds_as_it_is()
    {
        var built = GeneratorHarness.Run(Shop, DataFile.Yaml("suppliers.yaml", Suppliers), Products(SpreadsheetExport));
        Assert.Empty(built.SeedDiagnostics);
        var assembly = built.Load();
        var products = Static(assembly, "Products");

        var apple = ById(products, "apple");
        Assert.Equal(0.45m, Get(apple, "Price"));
        Assert.Equal(new[] { "fresh", "local" }, ((IEnumerable)Get(apple, "Tags")!).Cast<string>());
        Assert.Equal(true, Get(apple, "Organic"));
        Assert.Null(Get(apple, "Since"));
        Assert.Same(ById(Static(assembly, "Suppliers"), "orchard-co"), Get(apple, "Supplier"));

        var bread = ById(products, "sourdough");
        Assert.Equal("Sourdough loaf, large", Get(bread, "Name"));
        Assert.Equal("Baked \"daily\"", Get(bread, "Note"));
        Assert.Equal(new DateOnly(2025, 3, 1), Get(bread, "Since"));
        Assert.Equal("4.20", ((decimal)Get(bread, "Price")!).ToString(CultureInfo.InvariantCulture));
        Assert.Empty((IEnumerable)Get(bread, "Tags")!);

        var eggs = ById(products, "eggs");
        Assert.Equal("A note\r\non two lines", Get(eggs, "Note"));
        Assert.Equal(false, Get(eggs, "Organic"));
    }

    [Fact]
    public void Text_indexes_over_a_spreadsheet_export_find_each_cell_where_its_record_holds_it()
    {
        // The index parts are cells: a quoted name with a comma, a note with an escaped quote, one on two lines, and
        // empty cells (no note: the default, null, which the index then holds itself).
        string shop = Shop.Replace("string Id, string Name, Aisle Aisle", "string Id, [SeedIndex] string Name, Aisle Aisle", StringComparison.Ordinal)
            .Replace("AlsoFrom = default, string? Note = null);", "AlsoFrom = default, [SeedIndex] string? Note = null);", StringComparison.Ordinal);
        Assert.Equal(2, shop.Split("[SeedIndex]").Length - 1);
        var built = GeneratorHarness.Run(shop, DataFile.Yaml("suppliers.yaml", Suppliers), Products(SpreadsheetExport));
        Assert.Empty(built.SeedDiagnostics);
        var products = Static(built.Load(), "Products");
        var all = ((IEnumerable)products).Cast<object>().ToList();
        Assert.Equal(3, all.Count);

        static List<string> Ids(object view) => ((IEnumerable)view).Cast<object>().Select(p => (string)Get(p, "Id")!).ToList();
        object Query(string member, params object?[] arguments) => arguments.Length == 0
            ? products.GetType().GetProperty(member)!.GetValue(products)!
            : products.GetType().GetMethod(member)!.Invoke(products, arguments)!;

        Assert.Equal(all.OrderBy(p => (string)Get(p, "Name")!, StringComparer.Ordinal).Select(p => (string)Get(p, "Id")!), Ids(Query("SortedByName")));
        Assert.Equal(all.OrderBy(p => (string?)Get(p, "Note"), StringComparer.Ordinal).Select(p => (string)Get(p, "Id")!), Ids(Query("SortedByNote")));
        Assert.Equal(new[] { "sourdough" }, Ids(Query("FindByName", "Sourdough loaf, large")));
        Assert.Equal(new[] { "eggs" }, Ids(Query("FindByNote", "A note\r\non two lines")));
        Assert.Equal(new[] { "sourdough" }, Ids(Query("FindByNote", "Baked \"daily\"")));
        Assert.Equal(new[] { "apple" }, Ids(Query("FindByNote", new object?[] { null })));
        // The image holds each note once: the index refers to it where its record holds it.
        Assert.Equal(1, built.Sources.Sum(source => source.Text.Split("on two lines").Length - 1));
    }

    /// <summary>The generator README's spreadsheet export binds as the README says, and its bad cell gives the error it shows.</summary>
    [Fact]
    public void The_readme_csv_example_binds_and_its_error_is_the_one_shown()
    {
        string readme = System.IO.File.ReadAllText(System.IO.Path.Combine(DiagnosticTests.RepositoryRoot(), "src", "SeedData.Generator", "README.md"));
        int section = readme.IndexOf("## CSV and TSV", StringComparison.Ordinal);
        int start = readme.IndexOf("```csv\n", section, StringComparison.Ordinal) + "```csv\n".Length;
        string csv = readme.Substring(start, readme.IndexOf("```", start, StringComparison.Ordinal) - start);
        var export = DataFile.With("Products.csv", csv, ("Collection", "products"), ("KeyNaming", "exact"));
        var built = GeneratorHarness.Run(Shop, DataFile.Yaml("suppliers.yaml", Suppliers), export);
        Assert.Empty(built.SeedDiagnostics);
        Assert.Equal("Sourdough loaf, large", Get(ById(Static(built.Load(), "Products"), "sourdough"), "Name"));

        int shown = readme.IndexOf("data/Products.csv(", section, StringComparison.Ordinal);
        string line = readme.Substring(shown, readme.IndexOf('\n', shown) - shown);
        var broken = DataFile.With("Products.csv", csv.Replace("4.20", "4.2O", StringComparison.Ordinal), ("Collection", "products"), ("KeyNaming", "exact"));
        var error = Assert.Single(GeneratorHarness.Run(Shop, DataFile.Yaml("suppliers.yaml", Suppliers), broken).SeedDiagnostics);
        Assert.Equal(line, $"data/Products.csv({Place(error).Line},{Place(error).Column}): error {error.Id}: {Message(error)}");
    }

    /// <summary>docs/diagnostics.md's CSV syntax example gives the error it shows, at the place it shows, and its fix none.</summary>
    [Fact]
    public void The_catalogue_csv_example_gives_the_error_shown()
    {
        string docs = System.IO.File.ReadAllText(System.IO.Path.Combine(DiagnosticTests.RepositoryRoot(), "docs", "diagnostics.md"));
        int section = docs.IndexOf("## SD0084", StringComparison.Ordinal);
        string Block(int from)
        {
            int start = docs.IndexOf("```csv\n", from, StringComparison.Ordinal) + "```csv\n".Length;
            return docs.Substring(start, docs.IndexOf("```", start, StringComparison.Ordinal) - start);
        }
        string bad = Block(section), fixedCsv = Block(docs.IndexOf("Fixed:", section, StringComparison.Ordinal));
        int shown = docs.IndexOf("`parts.csv(", section, StringComparison.Ordinal) + 1;
        string line = docs.Substring(shown, docs.IndexOf('`', shown) - shown);
        const string records = "using SeedData;\n[SeedRecord(\"parts\")] public sealed partial record Part(string Id, string Name, string Note);\n[SeedDataset] public static partial class D;\n";
        var error = Assert.Single(GeneratorHarness.Run(records, new DataFile("parts.csv", bad)).SeedDiagnostics);
        Assert.Equal(line, $"parts.csv({Place(error).Line},{Place(error).Column}): error {error.Id}: {Message(error)}");
        Assert.Empty(GeneratorHarness.Run(records, new DataFile("parts.csv", fixedCsv)).SeedDiagnostics);
    }

    [Fact]
    public void A_flags_enum_and_a_list_of_enums_are_their_members_joined_with_semicolons()
    {
        const string records = """
            using System;
            using System.Collections.Immutable;
            using SeedData;
            namespace Files;
            [Flags] public enum Access { None = 0, Read = 1, Write = 2, Execute = 4 }
            public enum Kind { Text, Binary }
            [SeedRecord("files")] public sealed partial record File(string Id, Access Access, ImmutableArray<Kind> Kinds = default);
            [SeedDataset] public static partial class Data;
            """;
        var built = GeneratorHarness.Run(records, new DataFile("/data/files.csv", "id,access,kinds\nreadme,read;write,text;binary\nnone,,\n"));
        Assert.Empty(built.SeedDiagnostics);
        var files = GeneratedData.Static(built.Load(), "Files.Data", "Files");
        Assert.Equal("Read, Write", Get(ById(files, "readme"), "Access")!.ToString());
        Assert.Equal(2, ((System.Collections.IEnumerable)Get(ById(files, "readme"), "Kinds")!).Cast<object>().Count());
        // An empty list cell is the empty list: no flag, no kinds.
        Assert.Equal("None", Get(ById(files, "none"), "Access")!.ToString());
        Assert.Empty((System.Collections.IEnumerable)Get(ById(files, "none"), "Kinds")!);
        var error = Assert.Single(GeneratorHarness.Run(records, new DataFile("/data/files.csv", "id,access\nreadme,read;wrte\n")).SeedDiagnostics);
        Assert.Equal(("SD0016", (2, 13)), (error.Id, Place(error)));
    }

    [Fact]
    public void A_tsv_file_reads_the_same_and_a_quote_in_it_is_a_character()
    {
        string tsv = "id\tname\taisle\tprice\tsupplier\ttags\n"
            + "apple\tApple \"Gala\"\tfruit\t0.45\torchard-co\tfresh;local\n";
        var built = GeneratorHarness.Run(Shop, DataFile.Yaml("suppliers.yaml", Suppliers), new DataFile("/data/products.tsv", tsv));
        Assert.Empty(built.SeedDiagnostics);
        var apple = ById(Static(built.Load(), "Products"), "apple");
        Assert.Equal("Apple \"Gala\"", Get(apple, "Name"));
        Assert.Equal(2, ((IEnumerable)Get(apple, "Tags")!).Cast<object>().Count());
    }

    [Fact]
    public void A_cell_is_text_whether_quoted_or_not_an_empty_one_is_missing_and_two_quotes_are_empty_text_in_a_text_column()
    {
        string csv = "id,name,aisle,price,supplier,note,since,organic\n"
            + "a,\"null\",\"fruit\",\"1.5\",orchard-co,\"\",\"\",\"\"\n"
            + "b,~,fruit,2,orchard-co,null,,\n";
        var built = GeneratorHarness.Run(Shop, DataFile.Yaml("suppliers.yaml", Suppliers), new DataFile("/data/products.csv", csv));
        Assert.Empty(built.SeedDiagnostics);
        var products = Static(built.Load(), "Products");
        var a = ById(products, "a");
        // "" is the empty text in the text column, and nothing in the date and boolean columns (their defaults).
        Assert.Equal(("null", 1.5m, "", (object?)null, false), (Get(a, "Name"), Get(a, "Price"), Get(a, "Note"), Get(a, "Since"), Get(a, "Organic")));
        var b = ById(products, "b");
        Assert.Equal(("~", "null", (object?)null), (Get(b, "Name"), Get(b, "Note"), Get(b, "Since")));
    }

    [Fact]
    public void A_nested_record_and_a_list_of_references_are_json_and_a_list_of_ids_in_one_cell()
    {
        string csv = "id,name,aisle,price,supplier,size,alsoFrom\n"
            + "crate,Crate,fruit,9,orchard-co,\"{\"\"widthMm\"\": 400, \"\"heightMm\"\": 300, \"\"note\"\": \"\"stacks\"\"}\",mill;orchard-co\n";
        var built = GeneratorHarness.Run(Shop, DataFile.Yaml("suppliers.yaml", Suppliers), new DataFile("/data/products.csv", csv));
        Assert.Empty(built.SeedDiagnostics);
        var assembly = built.Load();
        var crate = ById(Static(assembly, "Products"), "crate");
        var size = Get(crate, "Size")!;
        Assert.Equal((400, 300, "stacks"), (Get(size, "WidthMm"), Get(size, "HeightMm"), Get(size, "Note")));
        var suppliers = Static(assembly, "Suppliers");
        Assert.Equal(new[] { ById(suppliers, "mill"), ById(suppliers, "orchard-co") }, ((IEnumerable)Get(crate, "AlsoFrom")!).Cast<object>());
    }

    [Fact]
    public void A_mistake_inside_a_json_cell_is_reported_where_it_is_in_the_file()
    {
        // Line 2: "heightMm" holds text, at column 66; line 3: a trailing comma, at column 44.
        string csv = "id,name,aisle,price,supplier,size\n"
            + "crate,Crate,fruit,9,orchard-co,\"{\"\"widthMm\"\": 400, \"\"heightMm\"\": \"\"tall\"\"}\"\n"
            + "box,Box,fruit,9,orchard-co,\"{\"\"widthMm\"\": 1,}\"\n";
        var built = GeneratorHarness.Run(Shop, DataFile.Yaml("suppliers.yaml", Suppliers), new DataFile("/data/products.csv", csv));
        var errors = built.SeedDiagnostics.OrderBy(d => Place(d)).ToList();
        Assert.Equal(new[] { "SD0014", "SD0002" }, errors.Select(d => d.Id));
        Assert.Equal((2, 66), Place(errors[0]));
        Assert.Contains("'heightMm' expects", Message(errors[0]));
        Assert.Equal((3, 44), Place(errors[1]));
        Assert.Contains("no comma after the last member", Message(errors[1]));
    }

    [Fact]
    public void A_dotted_header_or_a_cell_that_is_not_json_says_to_write_the_record_as_json()
    {
        string dotted = "id,name,aisle,price,supplier,size.widthMm\ncrate,Crate,fruit,9,orchard-co,400\n";
        OneError(GeneratorHarness.Run(Shop, DataFile.Yaml("suppliers.yaml", Suppliers), new DataFile("/data/products.csv", dotted)),
            "SD0011", (1, 30), "'size' is one column, holding the record as JSON, e.g. {\"widthMm\": ...}");

        string plain = "id,name,aisle,price,supplier,size\ncrate,Crate,fruit,9,orchard-co,400 by 300\n";
        OneError(GeneratorHarness.Run(Shop, DataFile.Yaml("suppliers.yaml", Suppliers), new DataFile("/data/products.csv", plain)),
            "SD0014", (2, 32), "written as JSON in its one cell, such as {\"key\": \"value\"}; columns with dotted headers (size.key) are not read");
    }

    [Fact]
    public void References_from_yaml_to_csv_records_and_from_csv_to_yaml_resolve_in_one_dataset()
    {
        string suppliers = "id,name,country\norchard-co,Orchard & Co,NZ\n";
        string products = "products:\n  - { id: apple, name: Apple, aisle: fruit, price: 0.45, supplier: orchard-co }\n  - { id: pear, name: Pear, aisle: fruit, price: 0.5, supplier: orchard }\n";
        var built = GeneratorHarness.Run(Shop, new DataFile("/data/suppliers.csv", suppliers), DataFile.Yaml("products.yaml", products));
        var unknown = Assert.Single(built.SeedDiagnostics);
        Assert.Equal(("SD0017", "/data/products.yaml"), (unknown.Id, unknown.Location.GetLineSpan().Path));
        Assert.Contains("did you mean 'orchard-co'", Message(unknown));
    }

    [Fact]
    public void The_collection_is_the_file_name_or_the_collection_metadata()
    {
        string csv = "id,name,country\nmill,The Mill,FR\n";
        var built = GeneratorHarness.Run(Shop, DataFile.With("export-2025.csv", csv, ("Collection", "suppliers")));
        Assert.Empty(built.SeedDiagnostics);
        Assert.Equal("The Mill", Get(ById(Static(built.Load(), "Suppliers"), "mill"), "Name"));
    }

    [Fact]
    public void A_missing_column_is_one_error_at_the_header_and_no_row_repeats_it()
    {
        string csv = "id,name\nmill,The Mill\nfarm,The Farm\n";
        OneError(GeneratorHarness.Run(Shop, new DataFile("/data/suppliers.csv", csv)), "SD0087", (1, 1), "'country'");

        // A misspelt column is the one error: its required key is not also missing.
        OneError(GeneratorHarness.Run(Shop, new DataFile("/data/suppliers.csv", "id,name,contry\nmill,The Mill,FR\n")), "SD0011", (1, 9), "did you mean 'country'");
    }

    [Fact]
    public void A_row_with_a_wrong_number_of_fields_is_one_error_and_its_id_still_resolves()
    {
        string suppliers = "id,name,country\nmill,The Mill,Paris,FR\nfarm,The Farm\n";
        string products = "products:\n  - { id: bread, name: Bread, aisle: bakery, price: 2, supplier: mill }\n  - { id: milk, name: Milk, aisle: dairy-and-eggs, price: 1, supplier: farm }\n";
        var built = GeneratorHarness.Run(Shop, new DataFile("/data/suppliers.csv", suppliers), DataFile.Yaml("products.yaml", products));
        var errors = built.SeedDiagnostics.OrderBy(d => Place(d)).ToList();
        Assert.Equal(new[] { ("SD0085", (2, 21)), ("SD0085", (3, 14)) }, errors.Select(d => (d.Id, Place(d))));
    }

    [Fact]
    public void An_unclosed_quote_is_one_error_and_the_ids_of_the_rows_after_it_still_resolve()
    {
        string suppliers = "id,name,country\nmill,\"The Mill,FR\nfarm,The Farm,NZ\n";
        string products = "products:\n  - { id: milk, name: Milk, aisle: dairy-and-eggs, price: 1, supplier: farm }\n";
        OneError(GeneratorHarness.Run(Shop, new DataFile("/data/suppliers.csv", suppliers), DataFile.Yaml("products.yaml", products)), "SD0084", (2, 6), "never closed");
    }

    [Fact]
    public void Blank_lines_are_no_rows_and_a_header_alone_is_an_empty_collection()
    {
        var built = GeneratorHarness.Run(Shop, new DataFile("/data/suppliers.csv", "\nid,name,country\n\nmill,The Mill,FR\n\n\n"));
        Assert.Empty(built.SeedDiagnostics);
        built = GeneratorHarness.Run(Shop, new DataFile("/data/suppliers.csv", "id,name,country"));
        Assert.Empty(built.SeedDiagnostics);
        Assert.Empty((IEnumerable)Static(built.Load(), "Suppliers"));
    }

    [Fact]
    public void Editing_one_csv_file_rebinds_that_file_alone_and_new_line_ends_re_emit_nothing()
    {
        var suppliers = new DataFile("/data/suppliers.csv", "id,name,country\nmill,The Mill,FR\n");
        var products = new DataFile("/data/products.csv", "id,name,aisle,price,supplier\nbread,Bread,bakery,2,mill\n");
        var compilation = GeneratorHarness.Compilation(Shop);
        var driver = GeneratorHarness.Driver(new[] { suppliers, products }).RunGenerators(compilation);

        var edited = new DataFile("/data/products.csv", "id,name,aisle,price,supplier\nbread,Bread,bakery,2.5,mill\n");
        var result = driver.ReplaceAdditionalText(products, edited).RunGenerators(compilation).GetRunResult().Results.Single();
        var bound = result.TrackedSteps[SeedData.Generator.TrackingNames.BoundFiles].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(1, bound.Count(r => r == IncrementalStepRunReason.Cached));
        Assert.Equal(1, bound.Count(r => r == IncrementalStepRunReason.Modified));
        // A value changed, no id or title: the API stays; the row now ends further on, so its named member's #line moves.
        Assert.Equal(IncrementalStepRunReason.Unchanged, result.TrackedSteps[SeedData.Generator.TrackingNames.Api].Single().Outputs.Single().Reason);
        Assert.Equal(IncrementalStepRunReason.Modified, result.TrackedSteps[SeedData.Generator.TrackingNames.MemberPlaces].Single().Outputs.Single().Reason);

        // A line end changed from LF to CRLF binds to the same records at the same places: nothing after the file's step runs.
        var sameRecords = new DataFile("/data/products.csv", "id,name,aisle,price,supplier\r\nbread,Bread,bakery,2,mill\r\n");
        result = driver.ReplaceAdditionalText(products, sameRecords).RunGenerators(compilation).GetRunResult().Results.Single();
        Assert.Equal(IncrementalStepRunReason.Unchanged, result.TrackedSteps[SeedData.Generator.TrackingNames.Linked].Single().Outputs.Single().Reason);
    }

    [Fact]
    public void A_csv_file_that_is_not_utf8_is_reported()
    {
        byte[] latin1 = { (byte)'i', (byte)'d', (byte)'\n', (byte)'c', (byte)'a', (byte)'f', 0xE9, (byte)'\n' };
        var text = SourceText.From(new System.IO.MemoryStream(latin1), System.Text.Encoding.UTF8);
        var built = GeneratorHarness.Run(Shop, new DataFile("/data/suppliers.csv", text));
        Assert.Equal("SD0004", Assert.Single(built.SeedDiagnostics).Id);
    }
}
