using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Microsoft.CodeAnalysis;
using SeedData.Generator.Kinds;
using SeedData.Generator.Tests.Infrastructure;
using Xunit;

namespace SeedData.Generator.Tests;

/// <summary>
/// One rule on every surface: for every value kind, a table of data values, valid and invalid, each bound in its
/// plain, nullable and list forms. For each value: binding accepts exactly the valid ones and gives one SD error at
/// the value for each invalid one; the record holds the expected value, and prints it the same under five cultures;
/// WriteJson writes the expected spelling; ReadJson accepts exactly the same set (a JsonException with the value's
/// path for the rest); and the generated JSON Schema, run by a real validator (JsonSchema.Net), accepts exactly the
/// same set.
/// </summary>
public sealed class KindConformanceTests
{
    private static readonly string[] Cultures = { "en-US", "de-DE", "tr-TR", "ar-SA", "th-TH" };

    public static TheoryData<string> Kinds => new(KindConformanceTable.Kinds.Select(k => k.Name));

    [Fact]
    public void Every_kind_of_the_catalogue_has_rows_in_the_table()
    {
        // Every row is also bound as T? and as ImmutableArray<T>.
        var covered = KindConformanceTable.Kinds.Select(k => k.Kind).Append(ValueKinds.Nullable).Append(ValueKinds.ImmutableArray).ToHashSet();
        var missing = ValueKinds.All.Where(k => !covered.Contains(k)).Select(k => k.Name).ToList();
        Assert.True(missing.Count == 0, "Kinds without conformance rows: " + string.Join(", ", missing));
        Assert.All(KindConformanceTable.Kinds, k =>
        {
            Assert.NotEmpty(k.Valid);
            Assert.True(k.Invalid.Count > 0 || k.Kind == ValueKinds.Parsable, k.Name + " has no invalid values");
        });
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Binding_accepts_exactly_the_valid_values_with_one_error_at_each_invalid_one(string name)
    {
        var kind = KindConformanceTable.Get(name);
        var (yaml, lines) = Yaml(kind, kind.Valid.Concat(kind.Invalid.Select(i => new ValidValue(i.Yaml, string.Empty))).ToList(), invalidListItem: kind.Invalid.FirstOrDefault()?.Yaml);
        var output = GeneratorHarness.Run(Source(kind), DataFile.Yaml("values.yaml", yaml));
        var errors = output.GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.DoesNotContain(output.GeneratorDiagnostics, d => d.Id is "SD0099" or "CS8785");

        var report = new StringBuilder();
        for (int i = 0; i < kind.Valid.Count + kind.Invalid.Count; i++)
        {
            var at = errors.Where(d => d.Location.GetLineSpan().StartLinePosition.Line + 1 == lines[i]).ToList();
            bool valid = i < kind.Valid.Count;
            string value = valid ? kind.Valid[i].Yaml : kind.Invalid[i - kind.Valid.Count].Yaml;
            if (valid && at.Count != 0) report.AppendLine($"valid {value}: {string.Join("; ", at)}");
            if (!valid && at.Count != 1) report.AppendLine($"invalid {value}: {at.Count} errors at line {lines[i]}: {string.Join("; ", at)}");
            if (!valid && at.Count == 1 && !at[0].Id.StartsWith("SD", StringComparison.Ordinal)) report.AppendLine($"invalid {value}: {at[0]}");
        }
        // The list that holds every valid value and one invalid one: one error, at the invalid item.
        bool invalidItem = kind.ListForm && kind.Invalid.Count > 0;
        int listErrors = errors.Count(d => d.Location.GetLineSpan().StartLinePosition.Line + 1 == lines[^1]);
        if (invalidItem && listErrors != 1) report.AppendLine($"the list with one invalid item: {listErrors} errors");
        int expected = kind.Invalid.Count + (invalidItem ? 1 : 0);
        if (errors.Count != expected) report.AppendLine($"{errors.Count} errors in all, expected {expected}: {string.Join("\n", errors)}");
        Assert.True(report.Length == 0, name + ":\n" + report);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_valid_value_builds_the_expected_record_prints_the_same_in_every_culture_and_writes_its_spelling(string name)
    {
        var kind = KindConformanceTable.Get(name);
        var data = LoadValid(kind);
        var rows = Records(data, "Rows");
        Assert.Equal(kind.Valid.Count, rows.Count);
        var report = new StringBuilder();
        var original = CultureInfo.CurrentCulture;
        try
        {
            for (int i = 0; i < rows.Count; i++)
            {
                var printed = Cultures.Select(c =>
                {
                    CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(c);
                    return rows[i].ToString();
                }).Distinct().ToList();
                if (printed.Count != 1) report.AppendLine($"{kind.Valid[i].Yaml}: prints differently by culture: {string.Join(" | ", printed)}");
                string expected = Printed($"r{i}", kind.Valid[i].Printed);
                if (printed[0] != expected) report.AppendLine($"{kind.Valid[i].Yaml}: {printed[0]}, expected {expected}");
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }

        using var export = JsonDocument.Parse(Export(data));
        var written = export.RootElement.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("value").GetRawText()).ToList();
        for (int i = 0; i < written.Count; i++)
        {
            string expected = kind.Valid[i].Written ?? kind.Valid[i].Json ?? throw new InvalidOperationException(kind.Valid[i].Yaml + " has no JSON spelling");
            if (Compact(written[i]) != Compact(expected)) report.AppendLine($"{kind.Valid[i].Yaml}: WriteJson wrote {written[i]}, expected {expected}");
        }
        Assert.True(report.Length == 0, name + ":\n" + report);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void ReadJson_accepts_exactly_the_values_a_data_file_may_hold(string name)
    {
        var kind = KindConformanceTable.Get(name);
        var data = LoadValid(kind);
        var read = data.GetMethod("ReadJson", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static, new[] { typeof(Stream) })!;
        var report = new StringBuilder();
        int checkedValues = 0;
        foreach (var (json, valid, printed, yaml) in JsonValues(kind))
        {
            checkedValues++;
            try
            {
                object snapshot = read.Invoke(null, new object[] { new MemoryStream(Encoding.UTF8.GetBytes(Document(json))) })!;
                if (!valid) report.AppendLine($"{yaml} ({json}): accepted");
                else
                {
                    var row = ((IEnumerable)snapshot.GetType().GetProperty("Rows")!.GetValue(snapshot)!).Cast<object>().Single();
                    if (row.ToString() != Printed("r", printed)) report.AppendLine($"{yaml} ({json}): read as {row}");
                }
            }
            catch (TargetInvocationException ex) when (ex.InnerException is JsonException json2)
            {
                if (valid) report.AppendLine($"{yaml} ({json}): refused: {json2.Message}");
                else if (json2.Path is null || !json2.Path.StartsWith("$.rows[0].value", StringComparison.Ordinal)) report.AppendLine($"{yaml} ({json}): path {json2.Path}");
            }
            catch (TargetInvocationException ex)
            {
                report.AppendLine($"{yaml} ({json}): {ex.InnerException!.GetType().Name}: {ex.InnerException.Message}");
            }
        }
        Assert.True(checkedValues > 0);
        Assert.True(report.Length == 0, name + ":\n" + report);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_generated_JSON_Schema_accepts_exactly_the_values_a_data_file_may_hold(string name)
    {
        var kind = KindConformanceTable.Get(name);
        var data = LoadValid(kind);
        string schemaText = (string)data.GetField("JsonSchema", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        var schema = JsonSchema.FromText(schemaText);
        var options = new EvaluationOptions { RequireFormatValidation = true };
        var report = new StringBuilder();
        int checkedValues = 0, lossy = 0;
        foreach (var (json, valid, _, yaml) in JsonValues(kind))
        {
            if (!ValidatorReadsExactly(json))
            {
                // JsonSchema.Net compares numbers as decimals: 1e-400 is 0 to it, though no whole number. The binder
                // and ReadJson count the digits; the schema says the same by the standard, the validator cannot.
                Assert.False(valid, yaml + " is valid but beyond the validator's arithmetic");
                lossy++;
                continue;
            }
            checkedValues++;
            using var document = JsonDocument.Parse(Document(json));
            bool accepted = schema.Evaluate(document.RootElement, options).IsValid;
            if (accepted != valid) report.AppendLine($"{yaml} ({json}): the schema {(accepted ? "accepts" : "refuses")} it");
        }
        Assert.True(checkedValues > lossy, $"{checkedValues} values checked, {lossy} beyond the validator's arithmetic");
        Assert.True(report.Length == 0, name + ":\n" + report);
    }

    /// <summary>Whether a JSON value holds no number that a decimal cannot hold exactly (too small, or more than 28 digits).</summary>
    private static bool ValidatorReadsExactly(string json)
    {
        foreach (System.Text.RegularExpressions.Match number in System.Text.RegularExpressions.Regex.Matches(json, @"(?<![""\w.])-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?(?![""\w.])"))
        {
            if (!decimal.TryParse(number.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal value)) continue;
            if (!Runtime.SeedDataRuntime.ScalarRules.Number(number.Value, out _, out string digits, out long point)) continue;
            string held = value.ToString(CultureInfo.InvariantCulture).TrimStart('-').Replace(".", string.Empty).Trim('0');
            bool lossless = held == digits;
            if (!lossless) return false;
        }
        return true;
    }

    /// <summary>A row as it prints: an empty list or map is left out, as a missing one is.</summary>
    private static string Printed(string id, string value) => value.Length == 0 ? $"Row {{ Id = {id} }}" : $"Row {{ Id = {id}, Value = {value} }}";

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_Data_Package_cell_is_the_value_as_exported_and_agrees_with_its_Table_Schema_type(string name)
    {
        var kind = KindConformanceTable.Get(name);
        var data = LoadValid(kind);
        var files = ((IEnumerable<KeyValuePair<string, byte[]>>)data.GetMethod("DataPackageFiles", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)!
            .Invoke(null, null)!).ToDictionary(f => f.Key, f => f.Value);
        using var descriptor = JsonDocument.Parse(files["datapackage.json"]);
        var field = descriptor.RootElement.GetProperty("resources").EnumerateArray().Single(r => r.GetProperty("name").GetString() == "rows")
            .GetProperty("schema").GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "value");
        string type = field.GetProperty("type").GetString()!, format = field.GetProperty("format").GetString()!;
        var allowed = field.TryGetProperty("constraints", out var constraints) && constraints.TryGetProperty("enum", out var values)
            ? values.EnumerateArray().Select(v => v.GetString()!).ToHashSet() : null;
        var rows = SeedData.Tests.Shared.Rfc4180.Parse(files["rows.csv"]);
        int column = Array.IndexOf(rows[0], "value");
        Assert.Equal(kind.Valid.Count, rows.Count - 1);
        using var export = JsonDocument.Parse(Export(data));
        var exported = export.RootElement.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("value").Clone()).ToList();
        var report = new StringBuilder();
        for (int i = 0; i < kind.Valid.Count; i++)
        {
            string cell = rows[i + 1][column];
            var value = exported[i];
            string expected = value.ValueKind switch
            {
                JsonValueKind.String => value.GetString()!,
                JsonValueKind.Number => value.GetRawText(),
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                JsonValueKind.Array when type == "string" => string.Join(";", value.EnumerateArray().Select(v => v.GetString())),
                _ => Compact(value.GetRawText()),
            };
            if (cell != expected) report.AppendLine($"{kind.Valid[i].Yaml}: the cell is {cell}, the export has {expected}");
            if (!Agrees(cell, type, format, allowed)) report.AppendLine($"{kind.Valid[i].Yaml}: the cell {cell} is not a Table Schema {type} ({format})");
        }
        Assert.True(report.Length == 0, $"{name} ({type}, {format}):\n{report}");
    }

    /// <summary>Whether a CSV cell is a value of a Table Schema type (Frictionless v1), read as a strict reader would.</summary>
    private static bool Agrees(string cell, string type, string format, HashSet<string>? allowed)
    {
        if (cell.Length == 0) return true;
        if (allowed is not null && !allowed.Contains(cell)) return false;
        var invariant = CultureInfo.InvariantCulture;
        switch (type)
        {
            case "string":
                return format switch
                {
                    "uuid" => Guid.TryParseExact(cell, "D", out _),
                    "uri" => Uri.TryCreate(cell, System.UriKind.Absolute, out _),
                    _ => true,
                };
            case "integer":
                return System.Numerics.BigInteger.TryParse(cell, NumberStyles.AllowLeadingSign, invariant, out _);
            case "number":
                return double.TryParse(cell, NumberStyles.Float, invariant, out _);
            case "boolean":
                return cell is "true" or "false";
            case "date":
                return DateOnly.TryParseExact(cell, "yyyy-MM-dd", invariant, DateTimeStyles.None, out _);
            case "time":
                return TimeOnly.TryParse(cell, invariant, DateTimeStyles.None, out _);
            case "datetime":
                return DateTimeOffset.TryParse(cell, invariant, DateTimeStyles.AssumeUniversal, out _);
            case "array":
            case "object":
                using (var json = JsonDocument.Parse(cell)) return json.RootElement.ValueKind == (type == "array" ? JsonValueKind.Array : JsonValueKind.Object);
            default:
                return false;
        }
    }

    public static TheoryData<string> OrderedKinds => new(KindConformanceTable.Kinds.Where(k => k.Kind.IsOrdered).Select(k => k.Name));

    [Theory]
    [MemberData(nameof(OrderedKinds))]
    public void An_index_on_a_kind_with_an_order_sorts_and_finds_its_values_as_dotnet_compares_them(string name)
    {
        // The same rows with [SeedIndex] on the value and on its nullable form: the index image holds each kind's values
        // as the kind decides (text as its place in the record), and reads back the order .NET gives them.
        var kind = KindConformanceTable.Get(name);
        string source = Source(kind);
        string row = "Row(string Id, " + kind.Type + " Value)", nullable = "NullableRow(string Id, " + kind.Type + "? Value)";
        Assert.Contains(row, source);
        Assert.Contains(nullable, source);
        source = source.Replace(row, "Row(string Id, [SeedIndex] " + kind.Type + " Value)", StringComparison.Ordinal)
            .Replace(nullable, "NullableRow(string Id, [SeedIndex] " + kind.Type + "? Value)", StringComparison.Ordinal);
        var (yaml, _) = Yaml(kind, kind.Valid, invalidListItem: null);
        var output = GeneratorHarness.Run(source, DataFile.Yaml("values.yaml", yaml));
        Assert.True(output.GeneratorDiagnostics.IsEmpty, string.Join("\n", output.GeneratorDiagnostics));
        var data = output.Load().GetType("Conformance.Data", throwOnError: true)!;

        int Compare(object? x, object? y) => x is string a && y is string b ? string.CompareOrdinal(a, b) : System.Collections.Comparer.Default.Compare(x, y);
        var report = new StringBuilder();
        int checkedValues = 0;
        foreach (string collection in new[] { "Rows", "Nullables" })
        {
            object records = data.GetProperty(collection)!.GetValue(null)!;
            var all = ((IEnumerable)records).Cast<object>().ToList();
            object? ValueOf(object record) => record.GetType().GetProperty("Value")!.GetValue(record);
            List<string> Ids(object view) => ((IEnumerable)view).Cast<object>().Select(r => (string)r.GetType().GetProperty("Id")!.GetValue(r)!).ToList();
            var sorted = all.Select((r, i) => (r, i)).OrderBy(x => ValueOf(x.r), Comparer<object?>.Create(Compare)).ThenBy(x => x.i).Select(x => (string)x.r.GetType().GetProperty("Id")!.GetValue(x.r)!).ToList();
            var built = Ids(records.GetType().GetProperty("SortedByValue")!.GetValue(records)!);
            if (!built.SequenceEqual(sorted)) report.AppendLine($"{collection}: sorted {string.Join(",", built)}, .NET sorts {string.Join(",", sorted)}");
            var findBy = records.GetType().GetMethod("FindByValue")!;
            foreach (var record in all)
            {
                var expected = all.Where(r => Compare(ValueOf(r), ValueOf(record)) == 0).Select(r => (string)r.GetType().GetProperty("Id")!.GetValue(r)!).ToList();
                var found = Ids(findBy.Invoke(records, new[] { ValueOf(record) })!);
                if (!found.SequenceEqual(expected)) report.AppendLine($"{collection}: FindByValue({ValueOf(record)}) found {string.Join(",", found)}, expected {string.Join(",", expected)}");
                checkedValues++;
            }
        }
        Assert.True(report.Length == 0, name + ":\n" + report);
        Assert.Equal(kind.Valid.Count + 2, checkedValues);
    }

    // ---- the projects ------------------------------------------------------------------------------------

    private static readonly Dictionary<string, Type> Loaded = new(StringComparer.Ordinal);

    private static Type LoadValid(KindRows kind)
    {
        lock (Loaded)
        {
            if (Loaded.TryGetValue(kind.Name, out var type)) return type;
            var (yaml, _) = Yaml(kind, kind.Valid, invalidListItem: null);
            var output = GeneratorHarness.Run(Source(kind), DataFile.Yaml("values.yaml", yaml));
            Assert.True(output.GeneratorDiagnostics.IsEmpty, string.Join("\n", output.GeneratorDiagnostics));
            return Loaded[kind.Name] = output.Load().GetType("Conformance.Data", throwOnError: true)!;
        }
    }

    internal static string Source(KindRows kind) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using SeedData;
        namespace Conformance;
        public enum Color { Red, DarkBlue }
        [Flags] public enum Access { None = 0, Read = 1, Write = 2, Delete = 4, ReadWrite = 3 }
        public sealed partial record Point(int X, int Y);
        public readonly record struct Money(decimal Amount, string Currency)
        {
            public static Money Parse(string text, IFormatProvider? provider)
            {
                var parts = text.Split(' ');
                return new Money(decimal.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), parts[1]);
            }
            public override string ToString() => Amount.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + Currency;
        }
        [SeedRecord("targets")] public sealed partial record Target(string Id, string Name);
        [SeedRecord("rows")] public sealed partial record Row(string Id, {{kind.Type}} Value);
        [SeedRecord("nullables")] public sealed partial record NullableRow(string Id, {{kind.Type}}? Value);
        [SeedRecord("lists")] public sealed partial record ListRow(string Id, ImmutableArray<{{(kind.ListForm ? kind.Type : "int")}}> Value);
        [SeedDataset] public static partial class Data;
        """;

    /// <summary>The data file: each value in a row of its own, null and the first value as nullables, and every value in one list. The lines are those of the values, then of the list's last item.</summary>
    private static (string Yaml, List<int> Lines) Yaml(KindRows kind, IReadOnlyList<ValidValue> values, string? invalidListItem)
    {
        var yaml = new StringBuilder("targets:\n  - { id: t1, name: One }\n  - { id: t2, name: Two }\nrows:\n");
        var lines = new List<int>();
        int line = 5;
        for (int i = 0; i < values.Count; i++)
        {
            yaml.Append("  - id: r").Append(i).Append('\n').Append("    value: ").Append(values[i].Yaml).Append('\n');
            lines.Add(line + 1);
            line += 2;
        }
        yaml.Append("nullables:\n  - id: n0\n    value: ~\n  - id: n1\n    value: ").Append(values[0].Yaml).Append('\n');
        yaml.Append("lists:\n  - id: l0\n    value:\n");
        line += 8;
        var items = kind.ListForm ? values.Take(kind.Valid.Count).Select(v => v.Yaml) : new[] { "1" };
        if (kind.ListForm && invalidListItem is not null) items = items.Append(invalidListItem);
        foreach (var value in items)
        {
            yaml.Append("      - ").Append(value).Append('\n');
            line++;
        }
        lines.Add(line - 1);
        return (yaml.ToString(), lines);
    }

    private static IEnumerable<(string Json, bool Valid, string Printed, string Yaml)> JsonValues(KindRows kind)
        => kind.Valid.Where(v => v.Json is not null).Select(v => (v.Json!, true, v.Printed, v.Yaml))
            .Concat(kind.Invalid.Where(v => v.Json is not null).Select(v => (v.Json!, false, string.Empty, v.Yaml)));

    private static string Document(string value)
        => "{\"targets\": [{\"id\": \"t1\", \"name\": \"One\"}, {\"id\": \"t2\", \"name\": \"Two\"}], \"rows\": [{\"id\": \"r\", \"value\": " + value + "}]}";

    private static string Compact(string json) => JsonNode.Parse(json)!.ToJsonString();

    private static List<object> Records(Type data, string collection)
        => ((IEnumerable)data.GetProperty(collection, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!).Cast<object>().ToList();

    private static string Export(Type data)
    {
        using var stream = new MemoryStream();
        data.GetMethod("WriteJson", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static, new[] { typeof(Stream) })!.Invoke(null, new object[] { stream });
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
