using System.Linq;
using System.Text;
using SeedData.Generator.Binding;
using SeedData.Generator.Declarations;
using SeedData.Generator.Model;

namespace SeedData.Generator.Emitting;

/// <summary>Writes a bound value as a C# expression. Invariant: the same value always gives the same text.</summary>
internal static class ValueWriter
{
    public static string Write(BoundValue value, EquatableArray<CollectionModel> collections)
    {
        var builder = new StringBuilder();
        Write(value, collections, builder);
        return builder.ToString();
    }

    private static void Write(BoundValue value, EquatableArray<CollectionModel> collections, StringBuilder builder)
    {
        switch (value)
        {
            case BoundNull:
                builder.Append("null");
                break;
            case BoundString s:
                builder.Append(CSharpNames.StringLiteral(s.Value));
                break;
            case BoundBoolean b:
                builder.Append(b.Value ? "true" : "false");
                break;
            case BoundNumber n:
                builder.Append(n.InvariantText).Append(n.Kind switch
                {
                    TypeShapeKind.Int64 => "L",
                    TypeShapeKind.Double => "D",
                    TypeShapeKind.Decimal => "M",
                    _ => string.Empty,
                });
                break;
            case BoundEnum e:
                builder.Append(e.TypeName).Append('.').Append(CSharpNames.Identifier(e.MemberName));
                break;
            case BoundDate d:
                builder.Append("new global::System.DateOnly(").Append(Invariant(d.Year)).Append(", ").Append(Invariant(d.Month)).Append(", ").Append(Invariant(d.Day)).Append(')');
                break;
            case BoundDateTimeOffset t:
                builder.Append("new global::System.DateTimeOffset(").Append(t.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture))
                    .Append("L, global::System.TimeSpan.FromMinutes(").Append(Invariant(t.OffsetMinutes)).Append(")) /* ").Append(t.RoundTrip).Append(" */");
                break;
            case BoundUri u:
                builder.Append("new global::System.Uri(").Append(CSharpNames.StringLiteral(u.Value)).Append(", global::System.UriKind.Absolute)");
                break;
            case BoundParse p:
                builder.Append(p.TypeName).Append(".Parse(").Append(CSharpNames.StringLiteral(p.Text)).Append(", global::System.Globalization.CultureInfo.InvariantCulture)");
                break;
            case BoundReference r:
                builder.Append("Store.").Append(collections[r.Collection].PropertyName).Append('[').Append(Invariant(r.Index)).Append(']');
                break;
            case BoundRecord record:
                builder.Append("new ").Append(record.TypeName).Append('(');
                for (int i = 0; i < record.Arguments.Count; i++)
                {
                    if (i > 0) builder.Append(", ");
                    builder.Append(CSharpNames.Identifier(record.Arguments[i].ParameterName)).Append(": ");
                    Write(record.Arguments[i].Value, collections, builder);
                }
                builder.Append(')');
                break;
            case BoundList list:
                WriteList(list, collections, builder);
                break;
        }
    }

    private static void WriteList(BoundList list, EquatableArray<CollectionModel> collections, StringBuilder builder)
    {
        bool immutable = list.ListKind == ListKind.ImmutableArray;
        if (list.Items.Count == 0)
        {
            builder.Append(immutable
                ? "global::System.Collections.Immutable.ImmutableArray<" + list.ElementTypeName + ">.Empty"
                : "global::System.Array.Empty<" + list.ElementTypeName + ">()");
            return;
        }
        builder.Append(immutable
            ? "global::System.Collections.Immutable.ImmutableArray.Create<" + list.ElementTypeName + ">("
            : "new " + list.ElementTypeName + "[] { ");
        foreach (var (item, index) in list.Items.Select((item, index) => (item, index)))
        {
            if (index > 0) builder.Append(", ");
            Write(item, collections, builder);
        }
        builder.Append(immutable ? ")" : " }");
    }

    private static string Invariant(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
