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
    public static readonly ValueKind Byte = new IntegerKind("byte", SpecialType.System_Byte, "byte", "a byte", byte.MinValue, byte.MaxValue, "int");
    public static readonly ValueKind SByte = new IntegerKind("sbyte", SpecialType.System_SByte, "sbyte", "an sbyte", sbyte.MinValue, sbyte.MaxValue, "int");
    public static readonly ValueKind Int16 = new IntegerKind("int16", SpecialType.System_Int16, "short", "a short", short.MinValue, short.MaxValue, "int");
    public static readonly ValueKind UInt16 = new IntegerKind("uint16", SpecialType.System_UInt16, "ushort", "a ushort", ushort.MinValue, ushort.MaxValue, "int");
    public static readonly ValueKind Int32 = new IntegerKind("int32", SpecialType.System_Int32, "int", "an int", int.MinValue, int.MaxValue, "long");
    public static readonly ValueKind UInt32 = new IntegerKind("uint32", SpecialType.System_UInt32, "uint", "a uint", uint.MinValue, uint.MaxValue, "long");
    public static readonly ValueKind Int64 = new IntegerKind("int64", SpecialType.System_Int64, "long", "a long", long.MinValue, long.MaxValue, "decimal");
    public static readonly ValueKind UInt64 = new IntegerKind("uint64", SpecialType.System_UInt64, "ulong", "a ulong", ulong.MinValue, ulong.MaxValue, "decimal");
    public static readonly ValueKind Single = new RealKind("single", SpecialType.System_Single, "float", single: true, "3.4028235E+38");
    public static readonly ValueKind Double = new RealKind("double", SpecialType.System_Double, "double", single: false, "1.7976931348623157E+308");
    public static readonly ValueKind Decimal = new DecimalKind();
    public static readonly ValueKind Char = new CharKind();
    public static readonly ValueKind Guid = new GuidKind();
    public static readonly ValueKind DateOnly = new DateOnlyKind();
    public static readonly ValueKind TimeOnly = new TimeOnlyKind();
    public static readonly ValueKind DateTime = new DateTimeKind();
    public static readonly ValueKind DateTimeOffset = new DateTimeOffsetKind();
    public static readonly ValueKind TimeSpan = new TimeSpanKind();
    public static readonly ValueKind Uri = new UriKind();
    public static readonly ValueKind Version = new VersionKind();
    public static readonly ValueKind FlagsEnum = new FlagsEnumKind();
    public static readonly ValueKind Enum = new EnumKind();
    public static readonly ValueKind ImmutableArray = new SequenceKind("immutable-array", "System.Collections.Immutable.ImmutableArray<T>", immutable: true);
    public static readonly ValueKind ReadOnlyList = new SequenceKind("read-only-list", "System.Collections.Generic.IReadOnlyList<T>", immutable: false);
    public static readonly ValueKind ImmutableDictionary = new MapKind("immutable-dictionary", "System.Collections.Immutable.ImmutableDictionary<TKey, TValue>", immutable: true);
    public static readonly ValueKind ReadOnlyDictionary = new MapKind("read-only-dictionary", "System.Collections.Generic.IReadOnlyDictionary<TKey, TValue>", immutable: false);
    public static readonly ValueKind Reference = new ReferenceKind();
    public static readonly ValueKind Parsable = new ParsableKind();
    public static readonly ValueKind Nested = new NestedKind();

    /// <summary>The kinds in the order they are tried.</summary>
    public static readonly IReadOnlyList<ValueKind> All = new[]
    {
        Nullable,
        String, Boolean, Byte, SByte, Int16, UInt16, Int32, UInt32, Int64, UInt64, Single, Double, Decimal, Char,
        Guid, DateOnly, TimeOnly, DateTime, DateTimeOffset, TimeSpan, Uri, Version,
        FlagsEnum, Enum,
        ImmutableArray, ReadOnlyList, ImmutableDictionary, ReadOnlyDictionary,
        Reference,
        Parsable,
        Nested,
    };
}
