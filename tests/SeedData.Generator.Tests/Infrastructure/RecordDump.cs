using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;

namespace SeedData.Generator.Tests.Infrastructure;

/// <summary>
/// A deep, exact text dump of every record of a generated dataset: every positional value of every record,
/// recursively, with the value's runtime type where it could differ (ImmutableArray or array, default or empty).
/// References print as <c>@collection:id</c> and are checked to be the very instance of that collection, so a
/// dump equal to another proves equal records and intact reference identity. Two emitters that produce the same
/// dump for the same data build the same records.
/// </summary>
internal static class RecordDump
{
    public static string Dump(Type dataset)
    {
        var collections = CollectionsOf(dataset);
        var owners = collections.ToDictionary(c => c.ElementType, c => c);
        var builder = new StringBuilder();
        foreach (var collection in collections)
        {
            builder.Append("== ").Append(collection.Name).Append(" (").Append(collection.Records.Count.ToString(CultureInfo.InvariantCulture)).Append(")\n");
            foreach (var record in collection.Records)
            {
                WriteRecord(record, owners, builder);
                builder.Append('\n');
            }
        }
        return builder.ToString();
    }

    private sealed record Collection(string Name, Type ElementType, IReadOnlyList<object> Records);

    private static List<Collection> CollectionsOf(Type dataset)
        => dataset.GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .Select(p => (Property: p, Element: p.PropertyType.GetInterfaces()
                .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))?.GetGenericArguments()[0]))
            .Where(p => p.Element is not null)
            .OrderBy(p => p.Property.Name, StringComparer.Ordinal)
            .Select(p => new Collection(p.Property.Name, p.Element!, ((IEnumerable)p.Property.GetValue(null)!).Cast<object>().ToList()))
            .ToList();

    private static void WriteRecord(object record, Dictionary<Type, Collection> owners, StringBuilder builder)
    {
        var type = record.GetType();
        builder.Append(type.Name).Append(" { ");
        bool first = true;
        foreach (var name in PositionalNames(type))
        {
            if (!first) builder.Append(", ");
            first = false;
            var property = type.GetProperty(name, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)!;
            builder.Append(name).Append(" = ");
            WriteValue(property.GetValue(record), owners, builder);
        }
        builder.Append(" }");
    }

    /// <summary>The parameters of a record's positional constructor (the public one with the most parameters that is not the copy constructor).</summary>
    private static IEnumerable<string> PositionalNames(Type type)
        => type.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
            .Where(c => !(c.GetParameters().Length == 1 && c.GetParameters()[0].ParameterType == type))
            .OrderByDescending(c => c.GetParameters().Length)
            .First()
            .GetParameters()
            .Select(p => p.Name!);

    private static bool IsRecord(Type type) => type.GetMethod("<Clone>$") is not null
        || type.IsValueType && type.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is not null;

    private static void WriteValue(object? value, Dictionary<Type, Collection> owners, StringBuilder builder)
    {
        if (value is null)
        {
            builder.Append("null");
            return;
        }
        var type = value.GetType();
        if (owners.TryGetValue(type, out var owner))
        {
            string id = (string)type.GetProperty("Id")!.GetValue(value)!;
            // A struct record is copied by value; a class record must be the collection's own instance.
            bool same = owner.Records.Any(r => type.IsValueType ? r.Equals(value) : ReferenceEquals(r, value));
            builder.Append('@').Append(owner.Name).Append(':').Append(Text(id)).Append(same ? string.Empty : " (NOT THE COLLECTION'S INSTANCE)");
            return;
        }
        switch (value)
        {
            case string s:
                builder.Append(Text(s));
                return;
            case bool b:
                builder.Append(b ? "true" : "false");
                return;
            case double d:
                builder.Append(d.ToString("R", CultureInfo.InvariantCulture)).Append('D');
                if (d == 0 && double.IsNegative(d)) builder.Append("(negative zero)");
                return;
            case decimal m:
                builder.Append(m.ToString(CultureInfo.InvariantCulture)).Append('M');
                return;
            case DateOnly date:
                builder.Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                return;
            case DateTimeOffset moment:
                builder.Append(moment.ToString("O", CultureInfo.InvariantCulture));
                return;
            case Uri uri:
                builder.Append("Uri(").Append(Text(uri.OriginalString)).Append(')');
                return;
            case Enum e:
                builder.Append(type.Name).Append('.').Append(e.ToString()).Append('(').Append(Convert.ToString(Convert.ChangeType(e, Enum.GetUnderlyingType(type), CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)).Append(')');
                return;
            case IFormattable formattable when type.IsPrimitive:
                builder.Append(formattable.ToString(null, CultureInfo.InvariantCulture));
                return;
        }
        if (value is IEnumerable sequence)
        {
            string kind = type.IsArray ? "Array" : type.Name.Split('`')[0];
            if (type.IsGenericType && type.GetGenericTypeDefinition().FullName == "System.Collections.Immutable.ImmutableArray`1"
                && (bool)type.GetProperty("IsDefault")!.GetValue(value)!)
            {
                builder.Append(kind).Append("(default)");
                return;
            }
            builder.Append(kind).Append('[');
            bool first = true;
            foreach (var item in sequence)
            {
                if (!first) builder.Append(", ");
                first = false;
                WriteValue(item, owners, builder);
            }
            builder.Append(']');
            return;
        }
        if (IsRecord(type))
        {
            WriteRecord(value, owners, builder);
            return;
        }
        builder.Append(type.Name).Append('(').Append(Text(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty)).Append(')');
    }

    /// <summary>A string in double quotes with everything outside printable ASCII escaped, lone surrogates included.</summary>
    private static string Text(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (char c in value)
        {
            if (c is '"' or '\\') builder.Append('\\').Append(c);
            else if (c >= ' ' && c < 0x7F) builder.Append(c);
            else builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
        }
        return builder.Append('"').ToString();
    }
}
