using System;
using System.Globalization;
using System.Linq;
using SeedData.Generator.Model;

namespace SeedData.Generator.Declarations;

/// <summary>
/// A secondary index of a collection ([SeedIndex]): its name (what its members are called after), its parts in
/// order (one, or several for a composite index), whether each value may be held by one record only, and how its text
/// compares. Its order is worked out when the project builds and stored with the data; no sort runs when it is used.
/// </summary>
internal sealed record IndexShape(string Name, EquatableArray<IndexPart> Parts, bool Unique, bool IgnoreCase)
{
    /// <summary>The index's values as a C# type: one part's type, or a tuple of the parts'.</summary>
    public string ValueType => Parts.Count == 1 ? Parts[0].Type.TypeName
        : "(" + string.Join(", ", Parts.Items.Select(p => p.Type.TypeName + " " + p.Name)) + ")";

    /// <summary>The query for one value: <c>FindBy{Name}</c>.</summary>
    public string FindBy => "FindBy" + Name;

    /// <summary>The query for a range of values: <c>FindRangeBy{Name}</c>.</summary>
    public string FindRangeBy => "FindRangeBy" + Name;

    /// <summary>The query for the nearest value: <c>FindClosestBy{Name}</c>.</summary>
    public string FindClosestBy => "FindClosestBy" + Name;

    /// <summary>The whole collection in the index's order: <c>SortedBy{Name}</c>.</summary>
    public string SortedBy => "SortedBy" + Name;

    /// <summary>The collection class's private member that holds the index.</summary>
    public string Holder => Name + "Index";

    /// <summary>The private comparer of the index's values.</summary>
    public string Order => Holder + "Order";

    /// <summary>The private comparer type of a composite index's tuples.</summary>
    public string TupleOrder => Holder + "TupleOrder";

    /// <summary>The private method that reads the build's order from the image.</summary>
    public string Read => "Read" + Holder;

    /// <summary>The private method that sorts a loaded document's records.</summary>
    public string Sort => "Sort" + Holder;

    /// <summary>Every member the collection class gets for the index: a record's named member may take none of these names.</summary>
    public string[] MemberNames => new[] { FindBy, FindRangeBy, FindClosestBy, SortedBy, Holder, Order, TupleOrder, Read, Sort };
}

/// <summary>One part of an index: the parameters from the record down to the value (<c>Size</c>, <c>WidthMm</c>), their data keys, and its type.</summary>
internal sealed record IndexPart(string Name, EquatableArray<string> Path, EquatableArray<string> Keys, TypeShape Type)
{
    /// <summary>The member access from a record to the value: the inline records on the way are held once, never null.</summary>
    public string Access(string record) => record + "." + string.Join(".", Path.Items.Select(Emitting.CSharpNames.Identifier));
}

/// <summary>
/// A value of an index as the build orders it: null, a number (every integer, decimal, day, tick or enum value,
/// exactly), a binary floating-point number, text (ordinal, or ignoring case), a GUID or a version (in their own
/// orders, as .NET compares them). The generated code compares the same values with the same rules.
/// </summary>
internal readonly record struct OrderValue(OrderValueKind Kind, decimal Number, double Real, string? Text)
{
    public static OrderValue Null => new(OrderValueKind.Null, 0, 0, null);

    public static OrderValue Of(decimal number) => new(OrderValueKind.Number, number, 0, null);

    public static OrderValue OfReal(double real) => new(OrderValueKind.Real, 0, real, null);

    public static OrderValue OfText(string text) => new(OrderValueKind.Text, 0, 0, text);

    public static OrderValue OfGuid(Guid guid) => new(OrderValueKind.Guid, 0, 0, guid.ToString("D"));

    public static OrderValue OfVersion(Version version) => new(OrderValueKind.Version, 0, 0, version.ToString());

    /// <summary>Null first, then values of one kind in their order (an index holds values of one type).</summary>
    public static int Compare(in OrderValue left, in OrderValue right, bool ignoreCase)
    {
        if (left.Kind != right.Kind) return left.Kind.CompareTo(right.Kind);
        return left.Kind switch
        {
            OrderValueKind.Number => left.Number.CompareTo(right.Number),
            OrderValueKind.Real => left.Real.CompareTo(right.Real),
            OrderValueKind.Text => ignoreCase ? string.Compare(left.Text, right.Text, StringComparison.OrdinalIgnoreCase) : string.CompareOrdinal(left.Text, right.Text),
            OrderValueKind.Guid => Guid.Parse(left.Text!).CompareTo(Guid.Parse(right.Text!)),
            OrderValueKind.Version => Version.Parse(left.Text!).CompareTo(Version.Parse(right.Text!)),
            _ => 0,
        };
    }

    /// <summary>The value as a message shows it.</summary>
    public override string ToString() => Kind switch
    {
        OrderValueKind.Null => "null",
        OrderValueKind.Number => Number.ToString(CultureInfo.InvariantCulture),
        OrderValueKind.Real => Real.ToString("R", CultureInfo.InvariantCulture),
        _ => Text ?? string.Empty,
    };
}

/// <summary>Which of <see cref="OrderValue"/>'s fields holds the value; null orders first.</summary>
internal enum OrderValueKind
{
    Null,
    Number,
    Real,
    Text,
    Guid,
    Version,
}
