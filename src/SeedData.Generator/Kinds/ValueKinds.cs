using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace SeedData.Generator.Kinds;

/// <summary>
/// Every value kind, in the order they are tried on a parameter's type: the nullable form first, then the built-in
/// scalars, enums, lists, references to [SeedRecord] types, a project's own scalars (a type with <c>Parse</c>, so
/// that a type the catalogue knows is never read that way), and inline records last. Adding a kind is its file and
/// one entry here.
/// </summary>
internal static class ValueKinds
{
    public static readonly ValueKind Nullable = new NullableKind();
    public static readonly ValueKind String = new StringKind();
    public static readonly ValueKind Boolean = new BooleanKind();
    public static readonly ValueKind Int32 = new IntegerKind("int32", SpecialType.System_Int32, "int", "an int", int.MinValue, int.MaxValue, "Int32", "long");
    public static readonly ValueKind Int64 = new IntegerKind("int64", SpecialType.System_Int64, "long", "a long", long.MinValue, long.MaxValue, "Int64", "decimal");
    public static readonly ValueKind Double = new DoubleKind();
    public static readonly ValueKind Decimal = new DecimalKind();
    public static readonly ValueKind DateOnly = new DateOnlyKind();
    public static readonly ValueKind DateTimeOffset = new DateTimeOffsetKind();
    public static readonly ValueKind Uri = new UriKind();
    public static readonly ValueKind Enum = new EnumKind();
    public static readonly ValueKind ImmutableArray = new SequenceKind("immutable-array", "System.Collections.Immutable.ImmutableArray<T>", immutable: true);
    public static readonly ValueKind ReadOnlyList = new SequenceKind("read-only-list", "System.Collections.Generic.IReadOnlyList<T>", immutable: false);
    public static readonly ValueKind Reference = new ReferenceKind();
    public static readonly ValueKind Parsable = new ParsableKind();
    public static readonly ValueKind Nested = new NestedKind();

    /// <summary>The kinds in the order they are tried.</summary>
    public static readonly IReadOnlyList<ValueKind> All = new[]
    {
        Nullable,
        String, Boolean, Int32, Int64, Double, Decimal, DateOnly, DateTimeOffset, Uri,
        Enum,
        ImmutableArray, ReadOnlyList,
        Reference,
        Parsable,
        Nested,
    };
}
