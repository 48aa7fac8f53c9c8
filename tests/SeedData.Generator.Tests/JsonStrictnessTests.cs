using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using SeedData.Generator.Tests.Infrastructure;
using Xunit;

namespace SeedData.Generator.Tests;

/// <summary>
/// JSON data files follow RFC 8259 strictly: every deviation is one SD0002 at its first character, saying what JSON
/// does not allow; every valid document is accepted and read exactly.
/// </summary>
public sealed class JsonStrictnessTests
{
    /// <param name="Column">1-based, of the first offending character.</param>
    public sealed record Invalid(string Json, int Line, int Column, string Says);

    private static readonly Dictionary<string, Invalid> InvalidDocuments = new()
    {
        ["trailing-comma-in-object"] = new("""{"actors": [{"id": "a", "name": "A", "kind": "person",}]}""", 1, 54, "no comma after the last member"),
        ["trailing-comma-in-array"] = new("""{"actors": [{"id": "a", "name": "A", "kind": "person", "aliases": ["x",]}]}""", 1, 71, "no comma after the last item"),
        ["hash-comment"] = new("# actors\n{\"actors\": []}", 1, 1, "no comments"),
        ["slash-comment"] = new("{\n  // actors\n  \"actors\": []\n}", 2, 3, "no comments"),
        ["yaml-escape-x"] = new("""{"actors": [{"id": "a\x00"}]}""", 1, 22, "'\\x' is not a JSON escape"),
        ["yaml-escape-a"] = new("""{"actors": [{"id": "a\a"}]}""", 1, 22, "'\\a' is not a JSON escape"),
        ["backslash-tab"] = new("{\"actors\": [{\"id\": \"a\\\tb\"}]}", 1, 22, "is not a JSON escape"),
        ["raw-tab-in-string"] = new("{\"actors\": [{\"id\": \"a\tb\"}]}", 1, 22, "tab inside a string must be written \\t"),
        ["raw-line-break-in-string"] = new("{\"actors\": [{\"id\": \"a\nb\"}]}", 1, 22, "cannot break across lines"),
        ["missing-colon"] = new("""{"a" "b"}""", 1, 6, "expected ':' after the key \"a\""),
        ["pair-in-array"] = new("""["": 1]""", 1, 4, "an array holds values"),
        ["text-after-the-value"] = new("{\"actors\": []}\n{\"actors\": []}", 2, 1, "the JSON value ended before this text"),
        ["single-quotes"] = new("""{'actors': []}""", 1, 2, "double quotes, not single quotes"),
        ["unquoted-key"] = new("""{actors: []}""", 1, 2, "keys are text in double quotes"),
        ["unquoted-value"] = new("""{"actors": [{"id": kyiv}]}""", 1, 20, "put text in double quotes"),
        ["leading-zero"] = new("""{"actors": [{"id": "a", "born": 07}]}""", 1, 34, "no leading zero"),
        ["plus-sign"] = new("""{"actors": [{"id": "a", "born": +7}]}""", 1, 33, "no '+' sign"),
        ["leading-dot"] = new("""{"actors": [{"id": "a", "born": .5}]}""", 1, 33, "starts with a digit"),
        ["trailing-dot"] = new("""{"actors": [{"id": "a", "born": 1.}]}""", 1, 35, "must be followed by a digit"),
        ["nan"] = new("""{"actors": [{"id": "a", "born": NaN}]}""", 1, 33, "starts no JSON value"),
        ["capital-true"] = new("""{"actors": [{"id": "a", "flag": True}]}""", 1, 33, "lower case"),
        ["short-unicode-escape"] = new("""["\uD800\u1"]""", 1, 9, "four hexadecimal digits"),
        ["unterminated-string"] = new("{\"actors\": [{\"id\": \"abc}]}", 1, 20, "never closed"),
        ["yaml-in-a-json-file"] = new("actors:\n  - id: a\n", 1, 1, "put text in double quotes"),
        ["missing-comma"] = new("""{"actors": [] "more": []}""", 1, 15, "a ',' is missing"),
        ["unclosed-object"] = new("""{"actors": [""", 1, 13, "the file ends"),
    };

    public static TheoryData<string> InvalidNames => new(InvalidDocuments.Keys.OrderBy(k => k, StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(InvalidNames))]
    public void A_deviation_from_RFC_8259_is_one_SD0002_at_its_first_character(string name)
    {
        var document = InvalidDocuments[name];
        var output = GeneratorHarness.Run(Samples.NewsRecords, new DataFile("/data/x.json", document.Json));
        var diagnostic = Assert.Single(output.SeedDiagnostics);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(("SD0002", "/data/x.json"), (diagnostic.Id, span.Path));
        Assert.Equal((document.Line, document.Column), (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
        Assert.Contains(document.Says, diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.DoesNotContain(output.GeneratorDiagnostics, d => d.Id == "CS8785");
    }

    private const string Records = """
        using System.Collections.Immutable;
        using SeedData;
        namespace J;
        [SeedRecord("values")]
        public sealed partial record Value(string Id, string Text = "", double Real = 0, decimal Exact = 0, long Whole = 0, bool Flag = false,
            ImmutableArray<Value> Related = default);
        [SeedDataset] public static partial class Data;
        """;

    [Fact]
    public void Every_valid_document_is_read_exactly()
    {
        // A byte order mark, CRLF line ends, every escape, a surrogate pair and a lone surrogate, numbers with
        // exponents, a whole number written with an exponent, and a long decimal.
        const string json = "\uFEFF{\r\n \"values\" : [\r\n"
            + "  { \"id\": \"escapes\", \"text\": \"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\ud83d\\ude00 \\ud800 end\" },\r\n"
            + "  { \"id\": \"numbers\", \"real\": -1.5E-7, \"exact\": 12345678901234567890.123456789, \"whole\": 1e3, \"flag\": true },\r\n"
            + "  { \"id\": \"empty\", \"text\": \"\", \"related\": [ ] }\r\n"
            + "] }";
        var output = GeneratorHarness.Run(Records, new DataFile("/data/values.json", json));
        Assert.Empty(output.GeneratorDiagnostics);
        var values = ((IEnumerable)output.Load().GetType("J.Data")!.GetProperty("Values")!.GetValue(null)!).Cast<object>().ToList();
        object Get(object o, string p) => o.GetType().GetProperty(p)!.GetValue(o)!;

        Assert.Equal("\" \\ / \b \f \n \r \t \u00e9 \ud83d\ude00 \ud800 end", Get(values[0], "Text"));
        Assert.Equal(-1.5E-7, Get(values[1], "Real"));
        Assert.Equal(12345678901234567890.123456789m, Get(values[1], "Exact"));
        Assert.Equal(1000L, Get(values[1], "Whole"));
        Assert.Equal(true, Get(values[1], "Flag"));
        Assert.Equal("", Get(values[2], "Text"));
    }

    [Fact]
    public void Nesting_is_parsed_to_the_documented_bound_and_refused_beyond_it()
    {
        // Lists in lists where text is expected: within the bound the parser accepts them and binding says the
        // value is the wrong type; beyond it, the parser refuses the file.
        string Nested(int levels) => "{ \"values\": [ { \"id\": \"deep\", \"text\": " + new string('[', levels) + new string(']', levels) + " } ] }";
        var within = GeneratorHarness.Run(Records, new DataFile("/data/deep.json", Nested(60)));
        Assert.Equal("SD0014", Assert.Single(within.SeedDiagnostics).Id);

        var beyond = GeneratorHarness.Run(Records, new DataFile("/data/deep.json", Nested(70)));
        var diagnostic = Assert.Single(beyond.SeedDiagnostics);
        Assert.Equal("SD0006", diagnostic.Id);
        Assert.Contains("at most 64 levels", diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_whole_number_too_large_for_its_type_is_out_of_range_and_a_fraction_is_the_wrong_type()
    {
        var large = GeneratorHarness.Run(Records, new DataFile("/data/v.json", """{ "values": [ { "id": "a", "whole": 1e30 } ] }"""));
        Assert.Equal("SD0015", Assert.Single(large.SeedDiagnostics).Id);
        var fraction = GeneratorHarness.Run(Records, new DataFile("/data/v.json", """{ "values": [ { "id": "a", "whole": 1.5 } ] }"""));
        Assert.Equal("SD0014", Assert.Single(fraction.SeedDiagnostics).Id);
    }
}
