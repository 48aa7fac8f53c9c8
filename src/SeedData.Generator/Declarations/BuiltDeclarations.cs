using SeedData.Generator.Diagnostics;
using SeedData.Generator.Model;

namespace SeedData.Generator.Declarations;

/// <summary>
/// What <see cref="DeclarationsBuilder"/> makes of the declarations in its one pass: the location-free model every
/// later step reads, and the report that only the diagnostics step reads. The pipeline selects each on its own, so
/// a declaration that moves changes the report and leaves the model equal.
/// </summary>
internal sealed record BuiltDeclarations(DatasetDeclarations Model, DeclarationsReport Report);

/// <summary>The declarations' diagnostics, and the places that diagnostics about the data may point at.</summary>
/// <param name="HasDatasetClass">True when any class is marked [SeedDataset], valid or not.</param>
/// <param name="DatasetLocation">Where the chosen [SeedDataset] class is declared.</param>
/// <param name="CollectionPlaces">Where each collection's [SeedRecord] is declared, in collection order.</param>
internal sealed record DeclarationsReport(
    EquatableArray<DiagnosticInfo> Diagnostics,
    bool HasDatasetClass,
    SourceLocation? DatasetLocation,
    EquatableArray<DeclarationPlace> CollectionPlaces);

/// <summary>Where a declaration is; null for one in metadata.</summary>
internal readonly record struct DeclarationPlace(SourceLocation? Location);
