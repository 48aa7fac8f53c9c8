using SeedData.Generator.Diagnostics;
using SeedData.Generator.Model;

namespace SeedData.Generator.Declarations;

/// <summary>A positional record parameter: the key it is read from and the type it accepts.</summary>
/// <param name="Name">The parameter name as declared (used for named arguments).</param>
/// <param name="Key">The key in data files: the camelCase parameter name.</param>
internal sealed record ParameterShape(
    string Name,
    string Key,
    TypeShape Type,
    bool IsOptional);

/// <summary>A record type the generator constructs, as plain data.</summary>
/// <param name="Collection">The [SeedRecord] collection name, or null for a record written inline.</param>
/// <param name="GeneratePrintMembers">
/// True for partial, top-level records that do not print themselves: the generator writes PrintMembers.
/// </param>
/// <param name="GenerateEquality">
/// True for partial, top-level records that define neither Equals nor GetHashCode: the generator writes them.
/// </param>
internal sealed record RecordShape(
    string TypeName,
    string Name,
    string? Namespace,
    string? Collection,
    EquatableArray<ParameterShape> Parameters,
    bool IsPublic,
    bool IsValueType,
    bool IsSealed,
    bool GeneratePrintMembers,
    bool GenerateEquality,
    SourceLocation? Location);

/// <summary>
/// What the declaration step yields for one [SeedRecord] type: its shape, the shapes of the inline
/// records it reaches, and any declaration errors.
/// </summary>
internal sealed record DeclaredRecord(
    RecordShape Shape,
    EquatableArray<RecordShape> NestedShapes,
    EquatableArray<DiagnosticInfo> Diagnostics);
