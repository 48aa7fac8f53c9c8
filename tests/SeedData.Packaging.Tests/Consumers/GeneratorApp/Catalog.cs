// The generator README's quick start, built against the packed SeedData.Generator package.
using System;
using System.Collections.Immutable;
using SeedData;

namespace Shop;

public enum Aisle { Fruit, Bakery, DairyAndEggs }

[SeedRecord("suppliers")]
public sealed partial record Supplier([SeedKey] string Code, string Name, string Country);

[SeedRecord("products")]
public sealed partial record Product(string Id, string Name, [SeedIndex] Aisle Aisle, [SeedIndex] decimal Price,
    Supplier Supplier, ImmutableArray<string> Tags = default, DateOnly? Since = null);

[SeedDataset]
public static partial class Catalog;
