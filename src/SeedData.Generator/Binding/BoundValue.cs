using SeedData.Generator.Declarations;
using SeedData.Generator.Model;

namespace SeedData.Generator.Binding;

/// <summary>
/// A value read from data and checked against its declared type: the bind room's output and the emit
/// room's input. Each kind says what to construct, never how to spell it in C#.
/// </summary>
internal abstract record BoundValue;

internal sealed record BoundNull : BoundValue
{
    public static readonly BoundNull Instance = new();
}

internal sealed record BoundString(string Value) : BoundValue;

internal sealed record BoundBoolean(bool Value) : BoundValue;

/// <summary>A number, kept as its canonical invariant text so the model stays exactly equatable.</summary>
internal sealed record BoundNumber(TypeShapeKind Kind, string InvariantText) : BoundValue;

internal sealed record BoundEnum(string TypeName, string MemberName) : BoundValue;

internal sealed record BoundDate(int Year, int Month, int Day) : BoundValue;

internal sealed record BoundDateTimeOffset(long Ticks, int OffsetMinutes, string RoundTrip) : BoundValue;

internal sealed record BoundUri(string Value) : BoundValue;

/// <summary>A project's own scalar, built by its <c>Parse(string, IFormatProvider?)</c>.</summary>
internal sealed record BoundParse(string TypeName, string Text) : BoundValue;

/// <summary>A reference to a record of the dataset: the same instance, by collection and position.</summary>
internal sealed record BoundReference(int Collection, int Index) : BoundValue;

/// <summary>A record constructed with named arguments; omitted optional parameters keep their defaults.</summary>
internal sealed record BoundRecord(string TypeName, EquatableArray<BoundArgument> Arguments) : BoundValue;

internal sealed record BoundArgument(string ParameterName, BoundValue Value);

internal sealed record BoundList(ListKind ListKind, string ElementTypeName, EquatableArray<BoundValue> Items) : BoundValue;
