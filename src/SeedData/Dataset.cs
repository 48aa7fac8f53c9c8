namespace SeedData;

/// <summary>
/// The dataset: typed, evidence-backed records extracted from five news articles on the 2025-2026
/// US-Ukraine talks on security guarantees. The collections, their named members, reverse lookups and
/// <c>ContentHash</c> are generated at build time from the YAML files in <c>seeds/</c>.
/// </summary>
[SeedDataset]
public static partial class Dataset
{
}
