using SeedData.Generator.Model;

namespace SeedData.Generator.Declarations;

internal enum TypeShapeKind
{
    String,
    Boolean,
    Int32,
    Int64,
    Double,
    Decimal,
    Enum,
    DateOnly,
    DateTimeOffset,
    Uri,
    /// <summary>A type with <c>static T Parse(string, IFormatProvider?)</c>: a project's own scalar.</summary>
    Parsable,
    /// <summary>A record without [SeedRecord], written inline as a mapping.</summary>
    Nested,
    /// <summary>A [SeedRecord] type, written as the id of one of its records.</summary>
    Reference,
    List,
    Nullable,
}

internal enum ListKind
{
    ImmutableArray,
    ReadOnlyList,
}

/// <summary>What a parameter's type accepts from data, without any symbol.</summary>
/// <param name="TypeName">Fully qualified C# name, with <c>?</c> where the type is annotated nullable.</param>
/// <param name="DisplayName">The short name used in diagnostics.</param>
/// <param name="Element">The element of a list, or the underlying type of a nullable.</param>
/// <param name="Collection">For references, the collection the id is looked up in.</param>
/// <param name="TargetHasId">
/// For references, whether the target record has its <c>string Id</c>. When its declaration lacks one (an error
/// reported there), generated code must not read <c>.Id</c>, or one mistake becomes many compiler errors.
/// </param>
internal sealed record TypeShape(
    TypeShapeKind Kind,
    string TypeName,
    string DisplayName,
    TypeShape? Element,
    ListKind ListKind,
    EquatableArray<EnumMemberShape> EnumMembers,
    string? Collection,
    bool TargetHasId = true)
{
    public static TypeShape Simple(TypeShapeKind kind, string typeName, string displayName)
        => new(kind, typeName, displayName, null, ListKind.ImmutableArray, EquatableArray<EnumMemberShape>.Empty, null);

    /// <summary>What the data must hold, in words, for diagnostics.</summary>
    public string Expectation => Kind switch
    {
        TypeShapeKind.String => "text",
        TypeShapeKind.Boolean => "true or false",
        TypeShapeKind.Int32 => "a whole number (int)",
        TypeShapeKind.Int64 => "a whole number (long)",
        TypeShapeKind.Double => "a number (double)",
        TypeShapeKind.Decimal => "a number (decimal)",
        TypeShapeKind.Enum => $"one of the {DisplayName} values",
        TypeShapeKind.DateOnly => "a date written yyyy-MM-dd",
        TypeShapeKind.DateTimeOffset => "a date and time with an offset, written yyyy-MM-ddTHH:mm:ssZ or with +hh:mm",
        TypeShapeKind.Uri => "an absolute URI",
        TypeShapeKind.Parsable => $"text that {DisplayName}.Parse accepts",
        TypeShapeKind.Nested => $"a mapping with the keys of {DisplayName}",
        TypeShapeKind.Reference => $"the id of a record in '{Collection}'",
        TypeShapeKind.List => $"a list of {Element!.Expectation}",
        TypeShapeKind.Nullable => $"{Element!.Expectation}, or null",
        _ => DisplayName,
    };
}

/// <summary>An enum member, the one spelling data files use for it (kebab case), and its value.</summary>
/// <param name="Value">The underlying value, as the bits of a long (a ulong above long.MaxValue is negative here).</param>
internal sealed record EnumMemberShape(string Name, string Spelling, long Value);
