using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SeedData;

/// <content>The dataset as a Frictionless Data Package, for pandas, R, spreadsheets and other tools.</content>
public static partial class Dataset
{
    /// <summary>
    /// Writes the dataset as a Frictionless Data Package (v1) into <paramref name="directory"/>:
    /// <c>datapackage.json</c>, one CSV file per collection (<c>actors.csv</c>, ...) described by a Table Schema
    /// (field types, primary key <c>id</c>, foreign keys for references), and the same records as JSON Lines
    /// (<c>actors.jsonl</c>, ...). The CSV files are RFC 4180 (UTF-8 without BOM, CRLF, a header row); a reference
    /// is the target's id; a list of references or enum values is its items joined with <c>;</c>; other lists and
    /// nested records are the JSON of the field, as in <see cref="WriteJson(Stream)"/>; a date field
    /// (<see cref="PartialDate"/>, EDTF text) is followed by two <c>date</c> columns, <c>...Earliest</c> and
    /// <c>...Latest</c>. The columns follow the records' parameters, so a new field appears without code changes.
    /// The files are byte-identical for the same data, whatever the culture.
    /// </summary>
    /// <param name="directory">The directory to write into; created if missing. Existing files of the same names are replaced.</param>
    /// <exception cref="ArgumentException"><paramref name="directory"/> is null or empty.</exception>
    public static void WriteDataPackage(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        Directory.CreateDirectory(directory);
        foreach (var (name, bytes) in DataPackageWriter.Build())
        {
            File.WriteAllBytes(Path.Combine(directory, name), bytes);
        }
    }
}

/// <summary>Builds the files of <see cref="Dataset.WriteDataPackage(string)"/> in memory.</summary>
internal static class DataPackageWriter
{
    /// <summary>The separator of the items of a list of ids or enum values in one CSV cell. Ids and enum values are kebab-case slugs, so never contain it.</summary>
    public const string ListSeparator = ";";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonWriterOptions Indented = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    public static IReadOnlyList<(string Name, byte[] Bytes)> Build()
    {
        // Nested records and lists of free values are written as the dataset's own JSON has them.
        using var json = JsonDocument.Parse(Dataset.Snapshot.ToJson());
        Table[] tables =
        [
            Table.Of("actors", Dataset.Actors),
            Table.Of("articles", Dataset.Articles),
            Table.Of("roles", Dataset.Roles),
            Table.Of("mentions", Dataset.Mentions),
            Table.Of("statements", Dataset.Statements),
            Table.Of("meetings", Dataset.Meetings),
            Table.Of("proposals", Dataset.Proposals),
            Table.Of("figures", Dataset.Figures),
            Table.Of("events", Dataset.Events),
            Table.Of("positions", Dataset.Positions),
        ];
        var collections = tables.ToDictionary(t => t.RecordType, t => t.Name);

        var files = new List<(string Name, byte[] Bytes)>();
        var csv = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var jsonLines = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            var records = json.RootElement.GetProperty(table.Name);
            csv[table.Name] = table.ToCsv(records);
            jsonLines[table.Name] = ToJsonLines(records);
            files.Add((table.Name + ".csv", csv[table.Name]));
            files.Add((table.Name + ".jsonl", jsonLines[table.Name]));
        }

        files.Insert(0, ("datapackage.json", Descriptor(tables, collections, csv, jsonLines)));
        return files;
    }

    private static byte[] ToJsonLines(JsonElement records)
    {
        using var buffer = new MemoryStream();
        foreach (var record in records.EnumerateArray())
        {
            using (var writer = new Utf8JsonWriter(buffer, Compact))
            {
                record.WriteTo(writer);
            }

            buffer.WriteByte((byte)'\n');
        }

        return buffer.ToArray();
    }

    private static byte[] Descriptor(Table[] tables, Dictionary<Type, string> collections, Dictionary<string, byte[]> csv, Dictionary<string, byte[]> jsonLines)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Indented))
        {
            w.WriteStartObject();
            w.WriteString("profile", "data-package");
            w.WriteString("name", "seeddata");
            w.WriteString("title", "SeedData: the 2025-2026 US-Ukraine talks on security guarantees, from five news articles");
            w.WriteString("description",
                "Annotated, evidence-backed extracts of five news articles: actors, articles, roles, mentions, statements, meetings, "
                + "proposals, figures and events. One CSV file per collection (RFC 4180: UTF-8, CRLF, header row) and the same records "
                + "as JSON Lines. In the CSV files a reference is the id of the record it points to; a list of ids or enum values is "
                + $"its items joined with '{ListSeparator}' (empty: none); other lists and nested records (evidence, quotes, participants, "
                + "terms, links) are JSON, as in the dataset's JSON document; dates are EDTF text (2025-11, 2025-11-27?, "
                + "[2025-11-22..2025-11-23]), each followed by the first and last day it can denote (...Earliest, ...Latest). "
                + "Content hash (SHA-256 of the data files): " + Dataset.ContentHash + ".");
            w.WriteString("version", Dataset.Version);
            w.WriteString("contentHash", Dataset.ContentHash);
            w.WriteString("listSeparator", ListSeparator);
            w.WriteStartArray("licenses");
            w.WriteStartObject();
            w.WriteString("name", "MIT");
            w.WriteString("path", "https://opensource.org/licenses/MIT");
            w.WriteString("title", "MIT License (code and annotations; quoted phrases remain their authors' and publishers')");
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteStartArray("keywords");
            foreach (var keyword in new[] { "ukraine", "security-guarantees", "news", "annotation" })
            {
                w.WriteStringValue(keyword);
            }

            w.WriteEndArray();
            w.WriteStartArray("resources");
            foreach (var table in tables)
            {
                w.WriteStartObject();
                w.WriteString("profile", "tabular-data-resource");
                w.WriteString("name", table.Name);
                w.WriteString("path", table.Name + ".csv");
                w.WriteString("format", "csv");
                w.WriteString("mediatype", "text/csv");
                w.WriteString("encoding", "utf-8");
                FileFacts(w, csv[table.Name]);
                w.WriteStartObject("dialect");
                w.WriteString("delimiter", ",");
                w.WriteString("lineTerminator", "\r\n");
                w.WriteString("quoteChar", "\"");
                w.WriteBoolean("doubleQuote", true);
                w.WriteBoolean("header", true);
                w.WriteEndObject();
                table.WriteSchema(w, collections);
                w.WriteEndObject();
            }

            foreach (var table in tables)
            {
                w.WriteStartObject();
                w.WriteString("profile", "data-resource");
                w.WriteString("name", table.Name + "-jsonl");
                w.WriteString("path", table.Name + ".jsonl");
                w.WriteString("format", "jsonl");
                w.WriteString("mediatype", "application/jsonl");
                w.WriteString("encoding", "utf-8");
                w.WriteString("description", $"The {table.Name} as JSON Lines: one record per line, as in the dataset's JSON document.");
                FileFacts(w, jsonLines[table.Name]);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        // Utf8JsonWriter indents with the platform's new line on .NET 8; the file is the same everywhere.
        // (A raw line break only ever appears between tokens: inside strings it is escaped.)
        var text = Utf8.GetString(buffer.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal);
        return Utf8.GetBytes(text + "\n");
    }

    private static void FileFacts(Utf8JsonWriter w, byte[] bytes)
    {
        w.WriteNumber("bytes", bytes.Length);
        w.WriteString("hash", "sha256:" + Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant());
    }

    private static string CamelCase(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private static string Kebab(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>How a record field becomes CSV text and a Table Schema field.</summary>
    private enum Kind
    {
        Text,
        Boolean,
        Integer,
        Number,
        Date,
        DateTime,
        Uri,
        Enum,
        Reference,
        PartialDate,
        ReferenceList,
        EnumList,
        Json,
    }

    /// <summary>One parameter of a record's primary constructor, read through its property.</summary>
    private sealed record Column(string Name, PropertyInfo Property, Kind Kind, Type ValueType, bool Required);

    /// <summary>One collection: its records and the columns read from its record type's parameters.</summary>
    private sealed class Table
    {
        private Table(string name, Type recordType, IReadOnlyList<ISeedRecord> records, IReadOnlyList<Column> columns)
        {
            Name = name;
            RecordType = recordType;
            Records = records;
            Columns = columns;
        }

        public string Name { get; }

        public Type RecordType { get; }

        public IReadOnlyList<ISeedRecord> Records { get; }

        public IReadOnlyList<Column> Columns { get; }

        public static Table Of<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors | DynamicallyAccessedMemberTypes.PublicProperties)] T>(
            string name, IReadOnlyList<T> records)
            where T : class, ISeedRecord
        {
            // A positional record's primary constructor has its parameters in declaration order (the data
            // dictionary's order); the other public constructor is the copy constructor, with one parameter.
            var primary = typeof(T).GetConstructors()
                .Where(c => !(c.GetParameters() is [var only] && only.ParameterType == typeof(T)))
                .OrderByDescending(c => c.GetParameters().Length)
                .First();
            var columns = new List<Column>();
            foreach (var parameter in primary.GetParameters())
            {
                var property = typeof(T).GetProperty(parameter.Name!)
                    ?? throw new InvalidOperationException($"{typeof(T).Name} has no property for its parameter {parameter.Name}.");
                var (kind, valueType) = Classify(property.PropertyType);
                columns.Add(new Column(CamelCase(parameter.Name!), property, kind, valueType, !parameter.IsOptional));
            }

            return new Table(name, typeof(T), records.Cast<ISeedRecord>().ToList(), columns);
        }

        private static (Kind Kind, Type ValueType) Classify(Type type)
        {
            var t = Nullable.GetUnderlyingType(type) ?? type;
            if (t.IsGenericType && (t.GetGenericTypeDefinition() == typeof(ImmutableArray<>) || t.GetGenericTypeDefinition() == typeof(IReadOnlyList<>)))
            {
                var item = t.GetGenericArguments()[0];
                return typeof(ISeedRecord).IsAssignableFrom(item) ? (Kind.ReferenceList, item)
                    : item.IsEnum ? (Kind.EnumList, item)
                    : (Kind.Json, t);
            }

            return t == typeof(string) ? (Kind.Text, t)
                : t == typeof(bool) ? (Kind.Boolean, t)
                : t == typeof(int) || t == typeof(long) ? (Kind.Integer, t)
                : t == typeof(decimal) || t == typeof(double) ? (Kind.Number, t)
                : t == typeof(DateOnly) ? (Kind.Date, t)
                : t == typeof(DateTimeOffset) ? (Kind.DateTime, t)
                : t == typeof(Uri) ? (Kind.Uri, t)
                : t.IsEnum ? (Kind.Enum, t)
                : t == typeof(PartialDate) ? (Kind.PartialDate, t)
                : typeof(ISeedRecord).IsAssignableFrom(t) ? (Kind.Reference, t)
                : (Kind.Json, t);
        }

        public byte[] ToCsv(JsonElement records)
        {
            var json = records.EnumerateArray().ToList();
            if (json.Count != Records.Count)
            {
                throw new InvalidOperationException($"The JSON document has {json.Count} {Name}, the dataset {Records.Count}.");
            }

            var csv = new StringBuilder();
            var header = new List<string>();
            foreach (var column in Columns)
            {
                header.Add(column.Name);
                if (column.Kind == Kind.PartialDate)
                {
                    header.Add(column.Name + "Earliest");
                    header.Add(column.Name + "Latest");
                }
            }

            WriteRow(csv, header);
            for (var i = 0; i < Records.Count; i++)
            {
                var row = new List<string>();
                foreach (var column in Columns)
                {
                    row.AddRange(Cells(column, column.Property.GetValue(Records[i]), json[i]));
                }

                WriteRow(csv, row);
            }

            return Utf8.GetBytes(csv.ToString());
        }

        private static IEnumerable<string> Cells(Column column, object? value, JsonElement record)
        {
            if (column.Kind == Kind.PartialDate)
            {
                var date = (PartialDate?)value;
                return date is null ? ["", "", ""] : [date.ToString(), Day(date.Earliest), Day(date.Latest)];
            }

            if (value is null)
            {
                return [""];
            }

            return [column.Kind switch
            {
                Kind.Text => (string)value,
                Kind.Boolean => (bool)value ? "true" : "false",
                Kind.Integer or Kind.Number => Convert.ToString(value, CultureInfo.InvariantCulture)!,
                Kind.Date => Day((DateOnly)value),
                Kind.DateTime => ((DateTimeOffset)value).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                Kind.Uri => ((Uri)value).OriginalString,
                Kind.Enum => Kebab(value.ToString()!),
                Kind.Reference => ((ISeedRecord)value).Id,
                Kind.ReferenceList => Join(((IEnumerable)value).Cast<ISeedRecord>().Select(r => r.Id)),
                Kind.EnumList => Join(((IEnumerable)value).Cast<object>().Select(v => Kebab(v.ToString()!))),
                _ => JsonCell(record, column.Name),
            }];
        }

        private static string Join(IEnumerable<string> items)
        {
            var list = items.ToList();
            if (list.Any(i => i.Contains(ListSeparator, StringComparison.Ordinal)))
            {
                throw new InvalidOperationException($"An id or enum value contains '{ListSeparator}': {string.Join(", ", list)}");
            }

            return string.Join(ListSeparator, list);
        }

        // The field as the dataset's JSON document has it: a nested record or a list, compact; a string as is.
        private static string JsonCell(JsonElement record, string name)
        {
            if (!record.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return "";
            }

            if (value.ValueKind == JsonValueKind.String)
            {
                return value.GetString()!;
            }

            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, Compact))
            {
                value.WriteTo(writer);
            }

            return Utf8.GetString(buffer.ToArray());
        }

        // RFC 4180: a field holding a comma, a double quote or a line break is quoted, its quotes doubled; CRLF ends each record.
        private static void WriteRow(StringBuilder csv, List<string> cells)
        {
            for (var i = 0; i < cells.Count; i++)
            {
                if (i > 0)
                {
                    csv.Append(',');
                }

                var cell = cells[i];
                if (cell.AsSpan().IndexOfAny(",\"\r\n") >= 0)
                {
                    csv.Append('"').Append(cell.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
                }
                else
                {
                    csv.Append(cell);
                }
            }

            csv.Append("\r\n");
        }

        public void WriteSchema(Utf8JsonWriter w, Dictionary<Type, string> collections)
        {
            w.WriteStartObject("schema");
            w.WriteStartArray("fields");
            foreach (var column in Columns)
            {
                WriteField(w, column, collections);
                if (column.Kind == Kind.PartialDate)
                {
                    foreach (var (suffix, which) in new[] { ("Earliest", "first"), ("Latest", "last") })
                    {
                        w.WriteStartObject();
                        w.WriteString("name", column.Name + suffix);
                        w.WriteString("type", "date");
                        w.WriteString("format", "default");
                        w.WriteString("description", $"The {which} day '{column.Name}' can denote (derived from it).");
                        w.WriteEndObject();
                    }
                }
            }

            w.WriteEndArray();
            w.WriteStartArray("missingValues");
            w.WriteStringValue("");
            w.WriteEndArray();
            w.WriteStartArray("primaryKey");
            w.WriteStringValue("id");
            w.WriteEndArray();
            w.WriteStartArray("foreignKeys");
            foreach (var column in Columns.Where(c => c.Kind == Kind.Reference))
            {
                w.WriteStartObject();
                w.WriteString("fields", column.Name);
                w.WriteStartObject("reference");
                w.WriteString("resource", Target(column, collections));
                w.WriteString("fields", "id");
                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        private static string Target(Column column, Dictionary<Type, string> collections)
            => collections.TryGetValue(column.ValueType, out var name)
                ? name
                : throw new InvalidOperationException($"No collection holds {column.ValueType.Name}, referenced by {column.Name}.");

        private static void WriteField(Utf8JsonWriter w, Column column, Dictionary<Type, string> collections)
        {
            w.WriteStartObject();
            w.WriteString("name", column.Name);
            var (type, format, description) = column.Kind switch
            {
                Kind.Boolean => ("boolean", "default", null),
                Kind.Integer => ("integer", "default", null),
                Kind.Number => ("number", "default", null),
                Kind.Date => ("date", "default", null),
                Kind.DateTime => ("datetime", "default", null),
                Kind.Uri => ("string", "uri", null),
                Kind.Enum => ("string", "default", null),
                Kind.Reference => ("string", "default", $"The id of a record in '{Target(column, collections)}'."),
                Kind.ReferenceList => ("string", "default", $"Ids of records in '{Target(column, collections)}', joined with '{ListSeparator}'; empty: none."),
                Kind.EnumList => ("string", "default", $"Values joined with '{ListSeparator}'; empty: none. Each one of: {string.Join(", ", Values(column.ValueType))}."),
                Kind.PartialDate => ("string", "default", "An EDTF date (ISO 8601-2): 2025, 2025-11, 2025-11-25; a trailing ? uncertain, ~ approximate, % both; [a..b] one day between a and b."),
                Kind.Json => column.ValueType.IsGenericType
                    ? ("array", "default", "A JSON array, as in the dataset's JSON document; empty: none.")
                    : ("string", "default", "As in the dataset's JSON document."),
                _ => ("string", "default", null),
            };
            w.WriteString("type", type);
            w.WriteString("format", format);
            if (description is not null)
            {
                w.WriteString("description", description);
            }

            if (column.Required || column.Kind == Kind.Enum || column.Name == "id")
            {
                w.WriteStartObject("constraints");
                if (column.Required)
                {
                    w.WriteBoolean("required", true);
                }

                if (column.Name == "id")
                {
                    w.WriteBoolean("unique", true);
                }

                if (column.Kind == Kind.Enum)
                {
                    w.WriteStartArray("enum");
                    foreach (var value in Values(column.ValueType))
                    {
                        w.WriteStringValue(value);
                    }

                    w.WriteEndArray();
                }

                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        private static IEnumerable<string> Values(Type enumType) => Enum.GetNames(enumType).Select(Kebab);
    }
}
