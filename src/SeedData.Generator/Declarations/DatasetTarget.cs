using SeedData.Generator.Diagnostics;
using SeedData.Generator.Model;

namespace SeedData.Generator.Declarations;

/// <summary>The [SeedDataset] class the data is generated into.</summary>
internal sealed record DatasetTarget(
    string? Namespace,
    string Name,
    bool IsPublic,
    bool IsValid,
    SourceLocation? Location,
    EquatableArray<DiagnosticInfo> Diagnostics);
