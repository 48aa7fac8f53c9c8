using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using SeedData.Generator.Model;
using SeedData.Generator.Parsing;
using SeedData.Generator.Tests.Infrastructure;
using Xunit;

namespace SeedData.Generator.Tests;

/// <summary>
/// The public CSV corpus csv-spectrum (<c>Conformance/csv-spectrum</c>, every case), read by SeedData's CSV reader and
/// through the whole generator, must give exactly the rows its JSON says; and every production of RFC 4180's grammar,
/// one case each, reads as the RFC says.
/// </summary>
public sealed class CsvConformanceTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Conformance", "csv-spectrum");

    public static TheoryData<string> Cases => new(Directory.GetFiles(Path.Combine(Folder, "csvs"), "*.csv").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!);

    /// <summary>The rows of a file as the corpus writes them: header names to values.</summary>
    private static List<Dictionary<string, string>> Expected(string name)
    {
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "json", name + ".json")))!;
        // Upstream writes location_coordinates' one row as an object rather than a list of one.
        var rows = json is JsonArray array ? array.Select(r => r!.AsObject()) : new[] { json.AsObject() };
        return rows.Select(r => r.ToDictionary(p => p.Key, p => p.Value!.GetValue<string>())).ToList();
    }

    /// <summary>The file's bytes as the compiler hands an additional file over: decoded as UTF-8, a byte order mark dropped.</summary>
    private static SourceText Text(string name) => SourceText.From(File.OpenRead(Path.Combine(Folder, "csvs", name + ".csv")), Encoding.UTF8);

    private sealed class Rows : ITableSink
    {
        public List<string[]> All { get; } = new();
        public int Malformed { get; private set; }

        public void Row(List<CsvField> fields, SourceSpan span, bool malformed)
        {
            All.Add(fields.Select(f => f.Text).ToArray());
            if (malformed) Malformed++;
        }
    }

    private static (Rows Rows, List<Diagnostics.DiagnosticInfo> Diagnostics) Read(SourceText text, DataFormat format = DataFormat.Csv)
    {
        var rows = new Rows();
        var (_, diagnostics) = CsvReader.Read("/data/x.csv", text, format, rows, CancellationToken.None);
        return (rows, diagnostics);
    }

    [Fact]
    public void The_corpus_is_all_there()
    {
        Assert.Equal(12, Cases.Count);
        Assert.Equal(12, Directory.GetFiles(Path.Combine(Folder, "json"), "*.json").Length);
    }

    /// <summary>
    /// The one case whose verdict we do not give. Its location field holds a quote in a field that does not start with
    /// one, which RFC 4180 does not allow (<c>non-escaped = *TEXTDATA</c>, and TEXTDATA is no DQUOTE): SeedData reports
    /// it (SD0084) with the fix, as its JSON parser reports what RFC 8259 does not allow, rather than guess. And the
    /// case's JSON gives the phone number 1234567890 where its CSV has 2095257564.
    /// </summary>
    private const string Deviation = "location_coordinates";

    [Fact]
    public void The_deviation_is_one_error_at_the_quote_it_is_about()
    {
        var (rows, diagnostics) = Read(Text(Deviation));
        var error = Assert.Single(diagnostics);
        Assert.Equal(("SD0084", 2, 22), (error.Id, error.Location!.Span.StartLine + 1, error.Location.Span.StartColumn + 1));
        Assert.Equal(2, rows.All.Count);
        Assert.NotEqual(Expected(Deviation)[0]["Contact Phone Number"], rows.All[1][0]);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_reader_gives_every_row_the_corpus_says(string name)
    {
        if (name == Deviation) return;
        var (rows, diagnostics) = Read(Text(name));
        Assert.Empty(diagnostics);
        Assert.Equal(0, rows.Malformed);
        var header = rows.All[0];
        var read = rows.All.Skip(1).Select(r => header.Zip(r).ToDictionary(p => p.First, p => p.Second)).ToList();
        Assert.Equal(Expected(name), read);
    }

    /// <summary>
    /// Every case as a data file of one collection (the file's name, in its Collection metadata), a record per case
    /// whose parameters are the file's headers spelled by [SeedField]: the generated records hold what the corpus says.
    /// </summary>
    [Fact]
    public void The_generator_builds_the_records_the_corpus_says()
    {
        var cases = Directory.GetFiles(Path.Combine(Folder, "csvs"), "*.csv").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal).ToList();
        var source = new StringBuilder("using SeedData;\nnamespace Spectrum;\n[SeedDataset] public static partial class Data;\n");
        var files = new List<DataFile>();
        foreach (string name in cases)
        {
            var header = Read(Text(name)).Rows.All[0];
            var parameters = header.Select((h, i) => "[SeedField(" + Literal(h) + ")] " + (i == 0 ? "string Id" : "string? P" + i + " = null"));
            source.Append("[SeedRecord(").Append(Literal(name)).Append(")] public sealed partial record ").Append(TypeName(name))
                .Append('(').Append(string.Join(", ", parameters)).Append(");\n");
            files.Add(new DataFile("/data/" + name + ".csv", Text(name)) { Metadata = new Dictionary<string, string> { ["Collection"] = name } });
        }
        var built = GeneratorHarness.Run(source.ToString(), files.ToArray());

        // The deviation also holds U+FFFD, which the compiler puts where a file's bytes were not UTF-8: SeedData cannot tell
        // the two apart and refuses the file (SD0004, docs/diagnostics.md), as it does in YAML and JSON, before reading it.
        var refused = Assert.Single(built.SeedDiagnostics, d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        Assert.Equal(("SD0004", "/data/" + Deviation + ".csv"), (refused.Id, refused.Location.GetLineSpan().Path));
        var compiled = GeneratorHarness.Run(source.ToString(), files.Where(f => !f.Path.Contains(Deviation, StringComparison.Ordinal)).ToArray());
        var assembly = compiled.Load();
        var data = assembly.GetType("Spectrum.Data", throwOnError: true)!;
        foreach (string name in cases.Where(c => c != Deviation))
        {
            var header = Read(Text(name)).Rows.All[0];
            var collection = (IEnumerable)data.GetProperty(Naming.ToPascalIdentifier(name))!.GetValue(null)!;
            var records = collection.Cast<object>().Select(r => header.Select((h, i) => (h, (string?)r.GetType().GetProperty(i == 0 ? "Id" : "P" + i)!.GetValue(r)))
                .ToDictionary(p => p.Item1, p => p.Item2 ?? string.Empty)).ToList();
            Assert.Equal(Expected(name), records);
        }
    }

    private static string TypeName(string name) => Naming.ToPascalIdentifier(name) + "Row";

    private static string Literal(string text) => Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(text, quote: true);

    /// <summary>
    /// RFC 4180, section 2's grammar: <c>file = [header CRLF] record *(CRLF record) [CRLF]</c>, <c>field = (escaped /
    /// non-escaped)</c>, <c>escaped = DQUOTE *(TEXTDATA / COMMA / CR / LF / 2DQUOTE) DQUOTE</c>, <c>non-escaped =
    /// *TEXTDATA</c>; with the line ends and byte order mark that files in the wild have. Each case names its
    /// production; the rows are written as fields joined by '|'.
    /// </summary>
    [Theory]
    [InlineData("file: header CRLF record", "a,b\r\n1,2", "a|b", "1|2")]
    [InlineData("file: the last record ends with CRLF", "a,b\r\n1,2\r\n", "a|b", "1|2")]
    [InlineData("file: several records", "a\r\n1\r\n2\r\n3", "a", "1", "2", "3")]
    [InlineData("line end: LF alone", "a,b\n1,2\n", "a|b", "1|2")]
    [InlineData("line end: CR alone", "a,b\r1,2\r", "a|b", "1|2")]
    [InlineData("record: one field", "a\r\nx", "a", "x")]
    [InlineData("non-escaped: TEXTDATA, spaces kept", "a,b\r\n x , y ", "a|b", " x | y ")]
    [InlineData("non-escaped: empty, between commas and at the end", "a,b,c\r\n,,\r\n", "a|b|c", "||")]
    [InlineData("non-escaped: any character but comma, quote, CR and LF", "a\r\n!#$%&'()*+-./:;<=>?@[\\]^_`{|}~é\u00A0", "a", "!#$%&'()*+-./:;<=>?@[\\]^_`{|}~é\u00A0")]
    [InlineData("escaped: TEXTDATA", "a\r\n\"x\"", "a", "x")]
    [InlineData("escaped: empty", "a,b\r\n\"\",\"\"", "a|b", "|")]
    [InlineData("escaped: COMMA", "a\r\n\"x,y\"", "a", "x,y")]
    [InlineData("escaped: CR LF", "a\r\n\"x\r\ny\"", "a", "x\r\ny")]
    [InlineData("escaped: LF", "a\r\n\"x\ny\"", "a", "x\ny")]
    [InlineData("escaped: CR", "a\r\n\"x\ry\"", "a", "x\ry")]
    [InlineData("escaped: 2DQUOTE", "a\r\n\"say \"\"hi\"\"\"", "a", "say \"hi\"")]
    [InlineData("escaped: only 2DQUOTE", "a\r\n\"\"\"\"", "a", "\"")]
    [InlineData("escaped: header fields", "\"a,1\",\"b\"\r\nx,y", "a,1|b", "x|y")]
    [InlineData("byte order mark before the header", "\uFEFFa,b\r\n1,2", "a|b", "1|2")]
    [InlineData("blank lines are no records", "a\r\n\r\n1\r\n\r\n", "a", "1")]
    public void Every_rfc_4180_production(string production, string csv, params string[] rows)
    {
        var (read, diagnostics) = Read(SourceText.From(csv));
        Assert.True(diagnostics.Count == 0, production + ": " + string.Join(", ", diagnostics.Select(d => d.Arguments[0])));
        Assert.Equal(rows, read.All.Select(r => string.Join("|", r)));
    }

    /// <summary>What RFC 4180's grammar does not produce is one SD0084 at the character, and the reader goes on.</summary>
    [Theory]
    [InlineData("a quote never closed", "a,b\r\n1,\"x\r\n2,3\r\n", 2, 3, "never closed")]
    [InlineData("a quote in a non-escaped field", "a\r\nx\"y\r\n", 2, 2, "quote inside a field")]
    [InlineData("text after an escaped field", "a\r\n\"x\"y\r\n", 2, 4, "after the closing quote")]
    public void What_the_grammar_does_not_produce_is_one_error_where_it_starts(string mistake, string csv, int line, int column, string message)
    {
        var (read, diagnostics) = Read(SourceText.From(csv));
        var error = Assert.Single(diagnostics);
        Assert.Equal(("SD0084", line, column), (error.Id, error.Location!.Span.StartLine + 1, error.Location.Span.StartColumn + 1));
        Assert.Contains(message, error.Arguments[0]);
        Assert.True(read.Malformed >= 1, mistake);
    }

    [Fact]
    public void An_unclosed_quote_is_read_again_from_the_next_line_for_the_ids_of_the_rows_after_it()
    {
        var (read, diagnostics) = Read(SourceText.From("id,name\r\na,\"x\r\nb,y\r\nc,z\r\n"));
        Assert.Single(diagnostics);
        Assert.Equal(new[] { "id|name", "a", "b|y", "c|z" }, read.All.Select(r => string.Join("|", r)));
        Assert.Equal(3, read.Malformed);
    }

    /// <summary>IANA text/tab-separated-values: fields between tabs, records between line ends, no quoting.</summary>
    [Theory]
    [InlineData("name\tvalue\nx\t1", "name|value", "x|1")]
    [InlineData("name\tvalue\r\n\"x\"\t\"1\"\r\n", "name|value", "\"x\"|\"1\"")]
    [InlineData("a\tb\tc\n\t\t\n", "a|b|c", "||")]
    [InlineData("a\n say \"hi\" \n", "a", " say \"hi\" ")]
    public void Tsv_fields_are_between_tabs_and_a_quote_is_a_character(string tsv, params string[] rows)
    {
        var (read, diagnostics) = Read(SourceText.From(tsv), DataFormat.Tsv);
        Assert.Empty(diagnostics);
        Assert.Equal(rows, read.All.Select(r => string.Join("|", r)));
    }
}
