namespace SeedData;

/// <summary>A top-level record of the dataset: it has a stable id and lives in one of the collections of <see cref="Dataset"/>.</summary>
public interface ISeedRecord
{
    /// <summary>The stable kebab-case id (<c>^[a-z0-9]+(-[a-z0-9]+)*$</c>), unique within its collection.</summary>
    string Id { get; }
}
