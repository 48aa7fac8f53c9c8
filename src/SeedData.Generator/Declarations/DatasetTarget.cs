using SeedData.Generator.Diagnostics;
using SeedData.Generator.Model;

namespace SeedData.Generator.Declarations;

/// <summary>The [SeedDataset] class the data is generated into.</summary>
/// <param name="HasVersion">True when the class declares a static string <c>Version</c>, which exports then carry.</param>
/// <param name="KeyNaming">How the data files spell keys, from <c>[SeedDataset(KeyNaming = ...)]</c>; camelCase by default.</param>
internal sealed record DatasetTarget(
    string? Namespace,
    string Name,
    bool IsPublic,
    bool HasVersion,
    bool IsValid,
    SourceLocation? Location,
    EquatableArray<DiagnosticInfo> Diagnostics,
    KeyNaming KeyNaming = KeyNaming.CamelCase);
