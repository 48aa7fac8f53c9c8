using SeedData.Generator.Diagnostics;
using SeedData.Generator.Model;

namespace SeedData.Generator.Declarations;

/// <summary>The [SeedDataset] class the data is generated into.</summary>
/// <param name="HasVersion">True when the class declares a static string <c>Version</c>, which exports then carry.</param>
/// <param name="HasSnapshot">False when another type of the namespace has the snapshot type's name (SD0070): no JSON read and write is generated.</param>
/// <param name="Members">The members the class declares itself, which no generated member may take.</param>
/// <param name="KeyNaming">How the data files spell keys, from <c>[SeedDataset(KeyNaming = ...)]</c>; camelCase by default.</param>
internal sealed record DatasetTarget(
    string? Namespace,
    string Name,
    bool IsPublic,
    bool HasVersion,
    bool IsValid,
    SourceLocation? Location,
    EquatableArray<DiagnosticInfo> Diagnostics,
    bool HasSnapshot = true,
    EquatableArray<DeclaredMember> Members = default,
    bool InstanceNameTaken = false,
    KeyNaming KeyNaming = KeyNaming.CamelCase);

/// <summary>A member a [SeedDataset] class declares, and where.</summary>
/// <param name="IsPartialClass">A partial class, such as the project's own part of a generated collection class.</param>
internal sealed record DeclaredMember(string Name, SourceLocation? Location, bool IsPartialClass);
