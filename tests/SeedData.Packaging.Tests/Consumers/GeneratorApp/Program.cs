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
Supplier? orchard = Catalog.Suppliers.FindByCode("orchard-co");
var fromOrchard = Catalog.Products.BySupplier(Catalog.Suppliers.OrchardCo);
var fruit = Catalog.Products.FindByAisle(Aisle.Fruit);
var cheap = Catalog.Products.FindRangeByPrice(0m, 1m);
var underFive = Catalog.Products.FindClosestByPrice(5m);

Console.WriteLine($"apple aisle: {apple.Aisle}, tags: {string.Join("|", apple.Tags)}");
Console.WriteLine($"sourdough since: {bread.Since:yyyy-MM-dd}");
Console.WriteLine($"pear found: {found}");
Console.WriteLine($"from orchard-co: {string.Join(",", fromOrchard.Select(p => p.Id))}");
Console.WriteLine($"same supplier instance: {ReferenceEquals(apple.Supplier, Catalog.Suppliers.OrchardCo)}");
Console.WriteLine($"orchard by code: {ReferenceEquals(orchard, Catalog.Suppliers.OrchardCo)}");
Console.WriteLine($"fruit: {string.Join(",", fruit.Select(p => p.Id))}; 0 to 1: {string.Join(",", cheap.Select(p => p.Id))}; closest at or below 5: {string.Join(",", underFive.Select(p => p.Id))}");
Console.WriteLine($"content hash: {Catalog.ContentHash}");

// The generator README's JSON snippet, as written there.
using (var file = File.Create("catalog.json"))
    Catalog.WriteJson(file);
CatalogSnapshot back = Catalog.ReadJson(File.OpenRead("catalog.json"));
bool same = back.Equals(Catalog.ToSnapshot());
Console.WriteLine($"json read back equal: {same}");

// The generator README's "New data without a rebuild", as written there.
CatalogInstance current = File.Exists("catalog.json") ? Catalog.Load(File.OpenRead("catalog.json")) : Catalog.Embedded;
var cheapest = current.Products.SortedByPrice[0];
Console.WriteLine($"loaded cheapest: {cheapest.Id}, same type: {current.Products.GetType() == Catalog.Products.GetType()}");
var pricier = Catalog.Embedded.With(changes => changes.Products.Replace(Catalog.Products.Apple with { Price = 0.50m }));
Console.WriteLine($"{pricier.Products.Apple.Price} {Catalog.Products.Apple.Price}"); // 0.50 0.45
