using SeedData.Generator.Kinds;
using SeedData.Generator.Model;

namespace SeedData.Generator.Declarations;

/// <summary>What a parameter's type accepts from data, without any symbol.</summary>
/// <param name="Kind">The value kind that reads it (see <see cref="ValueKinds"/>), which owns every rule about it.</param>
/// <param name="TypeName">Fully qualified C# name, with <c>?</c> where the type is annotated nullable.</param>
/// <param name="DisplayName">The short name used in diagnostics.</param>
/// <param name="Element">The element of a list, or the underlying type of a nullable.</param>
/// <param name="Collection">For references, the collection the id is looked up in.</param>
/// <param name="TargetHasId">
/// For references, whether the target record has its <c>string Id</c>. When its declaration lacks one (an error
/// reported there), generated code must not read <c>.Id</c>, or one mistake becomes many compiler errors.
/// </param>
/// <param name="PackageColumns">For a project's own scalar, the columns it adds in the Data Package ([SeedDataPackageColumn] properties).</param>
/// <param name="TargetKey">For a reference, the target's key: data files write a reference as it.</param>
/// <param name="PackageDescription">For a project's own scalar, the description of its Data Package column ([SeedDataPackageColumn] on the type).</param>
internal sealed record TypeShape(
    ValueKind Kind,
    string TypeName,
    string DisplayName,
    TypeShape? Element,
    EquatableArray<EnumMemberShape> EnumMembers,
    string? Collection,
    bool TargetHasId = true,
    EquatableArray<PackageColumn> PackageColumns = default,
    string? PackageDescription = null,
    KeyShape? TargetKey = null)
{
    /// <summary>For a reference, the key its target is found by (the target's [SeedKey] fields, or its Id).</summary>
    public KeyShape Key => TargetKey ?? KeyShape.Id;

    public static TypeShape Simple(ValueKind kind, string typeName, string displayName)
        => new(kind, typeName, displayName, null, EquatableArray<EnumMemberShape>.Empty, null);

    /// <summary>What the data must hold, in words, for diagnostics.</summary>
    public string Expectation => Kind.Expectation(this);
}

/// <summary>An enum member, the one spelling data files use for it (kebab case), and its value.</summary>
/// <param name="Value">The underlying value, as the bits of a long (a ulong above long.MaxValue is negative here).</param>
internal sealed record EnumMemberShape(string Name, string Spelling, long Value);
