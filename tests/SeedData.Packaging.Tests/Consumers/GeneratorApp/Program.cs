using System;
using System.Globalization;
using System.IO;
using System.Linq;
using Shop;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

foreach (var product in Catalog.Products)
    Console.WriteLine($"{product.Name}: {product.Price} from {product.Supplier.Name}");

Product apple = Catalog.Products.Apple;
Product bread = Catalog.Products["sourdough"];
bool found = Catalog.Products.TryGet("pear", out _);
var fromOrchard = Catalog.Products.BySupplier(Catalog.Suppliers.OrchardCo);

Console.WriteLine($"apple aisle: {apple.Aisle}, tags: {string.Join("|", apple.Tags)}");
Console.WriteLine($"sourdough since: {bread.Since:yyyy-MM-dd}");
Console.WriteLine($"pear found: {found}");
Console.WriteLine($"from orchard-co: {string.Join(",", fromOrchard.Select(p => p.Id))}");
Console.WriteLine($"same supplier instance: {ReferenceEquals(apple.Supplier, Catalog.Suppliers.OrchardCo)}");
Console.WriteLine($"content hash: {Catalog.ContentHash}");

// The generator README's JSON snippet, as written there.
using (var file = File.Create("catalog.json"))
    Catalog.WriteJson(file);
CatalogSnapshot back = Catalog.ReadJson(File.OpenRead("catalog.json"));
bool same = back.Equals(Catalog.ToSnapshot());
Console.WriteLine($"json read back equal: {same}");
