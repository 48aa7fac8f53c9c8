using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using SeedData.Generator.Kinds;

namespace SeedData.Generator.Tests;

/// <summary>A valid data value: as YAML writes it, as the record prints it (empty: left out, as an empty list or map is), as JSON writes it (null: derived from the YAML), and as WriteJson writes it back (null: the same).</summary>
internal sealed record ValidValue(string Yaml, string Printed, string? JsonForm = null, string? Written = null)
{
    public string? Json => KindConformanceTable.Json(JsonForm, Yaml);
}

/// <summary>An invalid data value, as YAML writes it, and as JSON writes it (null: derived; none where JSON cannot say it).</summary>
internal sealed record InvalidValue(string Yaml, string? JsonForm = null)
{
    public string? Json => KindConformanceTable.Json(JsonForm, Yaml);
}

/// <param name="ListForm">False for a list kind, which cannot be the item of a list.</param>
internal sealed record KindRows(ValueKind Kind, string Type, IReadOnlyList<ValidValue> Valid, IReadOnlyList<InvalidValue> Invalid, bool ListForm = true)
{
    /// <summary>The kind and, where one kind serves several types, the type.</summary>
    public string Name => Kind.Name + (Type.Contains('<') ? string.Empty : ":" + Type);
}

/// <summary>
/// The conformance table: for every value kind, the data values it must accept and those it must refuse, in the
/// spellings the generator README documents. Adding a kind means adding its rows here.
/// </summary>
internal static class KindConformanceTable
{
    private static ValidValue V(string yaml, string printed, string? json = null, string? written = null) => new(yaml, printed, json, written);

    private static InvalidValue X(string yaml, string? json = null) => new(yaml, json);

    /// <summary>A value JSON cannot write (a YAML plain scalar that is neither a JSON number nor text to JSON).</summary>
    private const string NoJson = "";

    private static readonly InvalidValue[] NotScalars = { X("[1]", "[1]"), X("{a: 1}", "{\"a\": 1}"), X("~", "null") };

    private static KindRows Integer(ValueKind kind, string type, string min, string max, string belowMin, string aboveMax) => new(kind, type,
        new[]
        {
            V("0", "0"), V("42", "42"), V(min, min), V(max, max), V("-0", "0", written: "0"), V("100.0", "100", written: "100"), V("1e2", "100", written: "100"),
            V("4.2e1", "42", written: "42"), V("+7", "7", json: NoJson, written: "7"), V("0.0", "0", written: "0"),
        },
        new[]
        {
            X(belowMin), X(aboveMax), X("1.5"), X("0.1e-30"), X("4.9e-324"), X("1e-400"), X("1e400"), X("\"42\""), X("forty-two"), X("true"), X("0x10", NoJson),
        }.Concat(NotScalars).ToArray());

    private static KindRows Real(ValueKind kind, string type, string big, string bigPrinted, string tooBig, string tooSmall) => new(kind, type,
        new[]
        {
            V("0", "0"), V("1.5", "1.5"), V("-2.25", "-2.25"), V("1e3", "1000", written: "1000"), V(big, bigPrinted, written: bigPrinted), V("0.1", "0.1"),
            V("-0.0", "-0", written: "-0"), V(".5", "0.5", json: NoJson, written: "0.5"),
        },
        new[] { X(tooBig), X(tooSmall), X("\"1.5\""), X("one"), X("NaN", NoJson), X(".inf", NoJson), X("true"), X("1,5") }.Concat(NotScalars).ToArray());

    public static readonly IReadOnlyList<KindRows> Kinds = new[]
    {
        new KindRows(ValueKinds.String, "string",
            new[] { V("hello", "hello"), V("\"42\"", "42"), V("42", "42", written: "\"42\""), V("true", "true", written: "\"true\""), V("''", "\"\"", json: "\"\""), V("\"a \\\"b\\\"\"", "a \"b\"", json: "\"a \\\"b\\\"\"") },
            new[] { X("[a]", "[\"a\"]"), X("{a: 1}", "{\"a\": 1}"), X("~", "null") }),
        new KindRows(ValueKinds.Boolean, "bool",
            new[] { V("true", "True"), V("false", "False") },
            new[] { X("\"true\""), X("yes"), X("True", NoJson), X("1"), X("0") }.Concat(NotScalars).ToArray()),
        Integer(ValueKinds.Byte, "byte", "0", "255", "-1", "256"),
        Integer(ValueKinds.SByte, "sbyte", "-128", "127", "-129", "128"),
        Integer(ValueKinds.Int16, "short", "-32768", "32767", "-32769", "32768"),
        Integer(ValueKinds.UInt16, "ushort", "0", "65535", "-1", "65536"),
        Integer(ValueKinds.Int32, "int", "-2147483648", "2147483647", "-2147483649", "2147483648"),
        Integer(ValueKinds.UInt32, "uint", "0", "4294967295", "-1", "4294967296"),
        Integer(ValueKinds.Int64, "long", "-9223372036854775808", "9223372036854775807", "-9223372036854775809", "9223372036854775808"),
        Integer(ValueKinds.UInt64, "ulong", "0", "18446744073709551615", "-1", "18446744073709551616"),
        Real(ValueKinds.Single, "float", "3.4e38", "3.4E+38", "3.5e38", "1e-50"),
        Real(ValueKinds.Double, "double", "1.7e308", "1.7E+308", "1.8e308", "1e-400"),
        new KindRows(ValueKinds.Decimal, "decimal",
            new[] { V("0", "0"), V("1.50", "1.50"), V("-2.5", "-2.5"), V("79228162514264337593543950335", "79228162514264337593543950335"), V("1e2", "100", written: "100"), V("0.0000000000000000000000000001", "0.0000000000000000000000000001") },
            new[] { X("79228162514264337593543950336"), X("1e-400"), X("0.00000000000000000000000000001"), X("\"1.5\""), X("ten") }.Concat(NotScalars).ToArray()),
        new KindRows(ValueKinds.Char, "char",
            new[] { V("x", "x"), V("\"5\"", "5"), V("' '", " ", json: "\" \""), V("é", "é") },
            new[] { X("5"), X("xy"), X("''", "\"\""), X("true") }.Concat(NotScalars).ToArray()),
        new KindRows(ValueKinds.Guid, "Guid",
            new[] { V("3f2504e0-4f89-11d3-9a0c-0305e82c3301", "3f2504e0-4f89-11d3-9a0c-0305e82c3301"), V("3F2504E0-4F89-11D3-9A0C-0305E82C3301", "3f2504e0-4f89-11d3-9a0c-0305e82c3301", written: "\"3f2504e0-4f89-11d3-9a0c-0305e82c3301\"") },
            new[] { X("not-a-guid"), X("3f2504e04f8911d39a0c0305e82c3301"), X("{3f2504e0-4f89-11d3-9a0c-0305e82c3301}", "\"{3f2504e0-4f89-11d3-9a0c-0305e82c3301}\""), X("3f2504e0-4f89-11d3-9a0c-0305e82c330g"), X("42") }.Concat(NotScalars).ToArray()),
        new KindRows(ValueKinds.DateOnly, "DateOnly",
            new[] { V("2025-11-25", "2025-11-25"), V("\"2024-02-29\"", "2024-02-29"), V("0001-01-01", "0001-01-01"), V("9999-12-31", "9999-12-31") },
            new[] { X("2025-02-30"), X("2025-13-01"), X("0000-01-01"), X("2025-1-5"), X("25 November 2025"), X("2025-11-25T00:00:00"), X("20251125") }.Concat(NotScalars).ToArray()),
        new KindRows(ValueKinds.TimeOnly, "TimeOnly",
            new[] { V("\"09:30\"", "09:30:00", written: "\"09:30:00\""), V("\"23:59:59.9999999\"", "23:59:59.9999999"), V("\"00:00:00\"", "00:00:00"), V("\"17:45:10.5\"", "17:45:10.5") },
            new[] { X("\"25:99\""), X("\"24:00\""), X("\"9:30\""), X("\"09:60\""), X("\"09:30:00.12345678\""), X("noon"), X("\"09:30:00Z\"") }.Concat(NotScalars).ToArray()),
        new KindRows(ValueKinds.DateTime, "DateTime",
            new[]
            {
                V("2025-11-25T14:30:00", "2025-11-25T14:30:00"), V("2025-11-25T14:30:00Z", "2025-11-25T14:30:00Z"), V("2025-11-25T14:30", "2025-11-25T14:30:00", written: "\"2025-11-25T14:30:00\""),
                V("2025-11-25T14:30:00.1234567Z", "2025-11-25T14:30:00.1234567Z"),
            },
            new[] { X("2025-11-25T14:30:00+02:00"), X("2025-11-25"), X("2025-02-30T10:00:00"), X("2025-11-25T24:00:00"), X("2025-11-25 14:30:00"), X("yesterday") }.Concat(NotScalars).ToArray()),
        new KindRows(ValueKinds.DateTimeOffset, "DateTimeOffset",
            new[]
            {
                V("2025-11-25T14:30:00+02:00", "2025-11-25T14:30:00.0000000+02:00"), V("2025-11-25T14:30:00Z", "2025-11-25T14:30:00.0000000+00:00", written: "\"2025-11-25T14:30:00+00:00\""),
                V("2025-11-25T14:30-05:30", "2025-11-25T14:30:00.0000000-05:30", written: "\"2025-11-25T14:30:00-05:30\""), V("2025-11-25T14:30:00.5+14:00", "2025-11-25T14:30:00.5000000+14:00"),
            },
            new[] { X("2025-11-25"), X("2025-11-25T14:30:00"), X("2025-11-25T14:30:00+15:00"), X("2025-02-30T14:30:00Z"), X("2025-11-25T14:30:00+0200"), X("now") }.Concat(NotScalars).ToArray()),
        new KindRows(ValueKinds.TimeSpan, "TimeSpan",
            new[] { V("\"01:30:00\"", "01:30:00"), V("\"2.00:00:00\"", "2.00:00:00"), V("\"-00:00:05.5\"", "-00:00:05.5000000", written: "\"-00:00:05.5000000\""), V("\"00:00:00\"", "00:00:00") },
            new[] { X("forever"), X("\"1:30:00\""), X("\"01:30\""), X("\"24:00:00\""), X("\"01:60:00\""), X("PT1H"), X("90") }.Concat(NotScalars).ToArray()),
        new KindRows(ValueKinds.Uri, "Uri",
            new[] { V("https://example.org/page", "https://example.org/page"), V("\"urn:isbn:0451450523\"", "urn:isbn:0451450523") },
            new[] { X("relative/path"), X("not a uri"), X("42") }.Concat(NotScalars).ToArray()),
        new KindRows(ValueKinds.Version, "Version",
            new[] { V("'1.2'", "1.2"), V("10.0.1", "10.0.1"), V("\"1.2.3.4\"", "1.2.3.4"), V("'0.0'", "0.0"), V("'2147483647.0'", "2147483647.0") },
            new[] { X("1.2"), X("1"), X("1.2.3.4.5"), X("'01.2'"), X("'1.-2'"), X("'2147483648.0'"), X("'1.2 '"), X("v1.2") }.Concat(NotScalars).ToArray()),
        new KindRows(ValueKinds.Enum, "Color",
            new[] { V("red", "Red"), V("dark-blue", "DarkBlue"), V("\"red\"", "Red", written: "\"red\"") },
            new[] { X("Red"), X("green"), X("0"), X("dark_blue") }.Concat(NotScalars).ToArray()),
        new KindRows(ValueKinds.FlagsEnum, "Access",
            new[]
            {
                V("[read]", "Read", json: "[\"read\"]"), V("[read, write]", "ReadWrite", json: "[\"read\", \"write\"]"), V("[]", "None", json: "[]"),
                V("[read, write, delete]", "ReadWrite, Delete", json: "[\"read\", \"write\", \"delete\"]"), V("[read-write]", "ReadWrite", json: "[\"read-write\"]", written: "[\"read\", \"write\"]"),
            },
            new[] { X("read"), X("[read, copy]", "[\"read\", \"copy\"]"), X("[[read]]", "[[\"read\"]]"), X("~", "null"), X("3") }),
        new KindRows(ValueKinds.Reference, "Target",
            new[] { V("t1", "t1"), V("\"t2\"", "t2") },
            new[] { X("nobody"), X("[t1]", "[\"t1\"]"), X("{id: t1}", "{\"id\": \"t1\"}"), X("~", "null") }),
        new KindRows(ValueKinds.Nested, "Point",
            new[] { V("{x: 1, y: 2}", "Point { X = 1, Y = 2 }", json: "{\"x\": 1, \"y\": 2}"), V("{y: -3, x: 0}", "Point { X = 0, Y = -3 }", json: "{\"y\": -3, \"x\": 0}", written: "{\"x\": 0, \"y\": -3}") },
            new[] { X("{x: 1}", "{\"x\": 1}"), X("{x: 1, y: 2, z: 3}", "{\"x\": 1, \"y\": 2, \"z\": 3}"), X("{x: one, y: 2}", "{\"x\": \"one\", \"y\": 2}"), X("5"), X("[1, 2]", "[1, 2]"), X("~", "null") }),
        new KindRows(ValueKinds.ImmutableDictionary, "ImmutableDictionary<string, int>",
            new[] { V("{a: 1, b: 2}", "{a: 1, b: 2}", json: "{\"a\": 1, \"b\": 2}"), V("{b: 2, a: 1}", "{a: 1, b: 2}", json: "{\"b\": 2, \"a\": 1}", written: "{\"a\": 1, \"b\": 2}"), V("{}", "", json: "{}") },
            new[] { X("{a: one}", "{\"a\": \"one\"}"), X("{a: 1, a: 2}", NoJson), X("[1]", "[1]"), X("5"), X("~", "null") }),
        new KindRows(ValueKinds.ReadOnlyDictionary, "IReadOnlyDictionary<string, Target>",
            new[] { V("{first: t1, second: t2}", "{first: t1, second: t2}", json: "{\"first\": \"t1\", \"second\": \"t2\"}") },
            new[] { X("{first: nobody}", "{\"first\": \"nobody\"}"), X("t1"), X("~", "null") }),
        new KindRows(ValueKinds.ReadOnlyList, "IReadOnlyList<int>",
            new[] { V("[1, 2]", "[1, 2]", json: "[1, 2]"), V("[]", "", json: "[]") },
            new[] { X("5"), X("[a]", "[\"a\"]"), X("[[1]]", "[[1]]"), X("{a: 1}", "{\"a\": 1}"), X("~", "null") },
            ListForm: false),
        new KindRows(ValueKinds.Parsable, "Money",
            new[] { V("\"12.50 EUR\"", "12.50 EUR"), V("3 USD", "3 USD", written: "\"3 USD\"") },
            Array.Empty<InvalidValue>()),
    };

    public static KindRows Get(string name) => Kinds.Single(k => k.Name == name);

    internal static string? Json(string? form, string yaml) => form == NoJson ? null : form ?? JsonOf(yaml);

    private static readonly Regex LooseNumber = new(@"^[-+]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant);

    private static readonly Regex JsonNumber = new(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant);

    /// <summary>
    /// The JSON of a YAML scalar as the binder reads it: a quoted scalar is a JSON string; a plain one a JSON number
    /// or literal where JSON has it, else a JSON string. Null where the value has no JSON form (a plain scalar JSON
    /// would only quote, such as <c>+7</c> or <c>.5</c>, whose quoting would change what it means).
    /// </summary>
    internal static string? JsonOf(string yaml)
    {
        if (yaml.Length == 0) return null;
        if (yaml[0] == '"') return yaml;
        if (yaml[0] == '\'') return System.Text.Json.JsonSerializer.Serialize(yaml.Substring(1, yaml.Length - 2).Replace("''", "'"));
        if (yaml is "true" or "false" or "null") return yaml;
        if (yaml == "~") return "null";
        if (JsonNumber.IsMatch(yaml)) return yaml;
        if (yaml[0] is '[' or '{' || LooseNumber.IsMatch(yaml)) return null;
        return System.Text.Json.JsonSerializer.Serialize(yaml);
    }
}
