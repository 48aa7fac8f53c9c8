using System;
using System.Collections.Generic;
using System.Collections;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.Text;
using SeedData.Generator.Emitting;
using SeedData.Generator.Tests.Infrastructure;
using Xunit;

namespace SeedData.Generator.Tests;

/// <summary>
/// A large data image's source is a <see cref="SegmentedText"/> over the image's own chunks rather than one string:
/// the compiler must read exactly the text one string would hold.
/// </summary>
public sealed class SegmentedTextTests
{
    private static readonly string[] Pieces = { "a", "b", "\n", "\r", "\r\n", "\"", "\\", "é", "😀", "x" };

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Reads_as_the_string_of_its_segments(int seed)
    {
        var random = new Random(seed);
        var segments = new List<(string, int, int)>();
        var expected = new StringBuilder();
        for (int i = 0; i < 200; i++)
        {
            // Empty segments, single characters, line breaks inside and between segments, and long runs.
            int length = random.Next(4) == 0 ? 0 : random.Next(1, random.Next(2) == 0 ? 8 : 3000);
            string text = string.Concat(Enumerable.Range(0, length + 20).Select(_ => Pieces[random.Next(Pieces.Length)]));
            int start = random.Next(21);
            // A slice never cuts a surrogate pair: the image's literals hold none (they are escaped).
            if (char.IsLowSurrogate(text[start])) start++;
            length = Math.Min(length, text.Length - start);
            if (length > 0 && char.IsHighSurrogate(text[start + length - 1])) length--;
            segments.Add((text, start, length));
            expected.Append(text, start, length);
        }
        var segmented = new SegmentedText(segments);
        string whole = expected.ToString();

        Assert.Equal(whole.Length, segmented.Length);
        Assert.Equal(whole, segmented.ToString());
        for (int i = 0; i < whole.Length; i++) Assert.Equal(whole[i], segmented[i]);
        for (int i = 0; i < 500; i++)
        {
            int start = random.Next(whole.Length + 1);
            int count = random.Next(whole.Length - start + 1);
            var buffer = new char[count + 4];
            segmented.CopyTo(start, buffer, 2, count);
            Assert.Equal(whole.Substring(start, count), new string(buffer, 2, count));
        }
        // What the compiler derives from a text (its lines and the checksum in the PDB) is that of the one string.
        var plain = SourceText.From(whole, Encoding.UTF8);
        Assert.Equal(plain.Lines.Select(l => l.Span), segmented.Lines.Select(l => l.Span));
        Assert.Equal(Convert.ToHexString(plain.GetChecksum().ToArray()), Convert.ToHexString(segmented.GetChecksum().ToArray()));
        Assert.Throws<ArgumentOutOfRangeException>(() => segmented[whole.Length]);
        Assert.Throws<ArgumentOutOfRangeException>(() => segmented.CopyTo(whole.Length, new char[1], 0, 1));
    }

    [Fact]
    public void A_writer_references_long_slices_and_copies_short_ones()
    {
        string data = new string('d', 1000) + "\"" + new string('e', 10);
        var writer = new SourceWriter();
        writer.Open("class C");
        writer.Line("const string S = \"", w => w.Slice(data, 0, 1000).Raw("\\\"").Slice(data, 1001, 10), "\";");
        writer.Close();

        var text = writer.ToSourceText();
        Assert.IsType<SegmentedText>(text);
        Assert.Equal("class C\n{\n    const string S = \"" + new string('d', 1000) + "\\\"" + new string('e', 10) + "\";\n}\n", text.ToString());
        Assert.Equal(writer.ToString(), text.ToString());

        // Without a long slice the text is one string, as before.
        var small = new SourceWriter();
        small.Line("x", w => w.Slice(data, 1001, 10), ";");
        Assert.IsNotType<SegmentedText>(small.ToSourceText());
        Assert.Equal("x" + new string('e', 10) + ";\n", small.ToSourceText().ToString());
    }

    [Fact]
    public void A_large_image_with_escapes_inside_long_runs_compiles_to_its_exact_values()
    {
        // Long texts, so the literals are referenced slices, with every kind of escape inside and at their ends.
        string[] summaries =
        {
            new string('a', 700) + "\"quoted\" \\back\\slash\t\r\n" + new string('b', 300),
            "é" + new string('c', 1200) + "\u0000😀",
            new string('d', 257) + "\u202E" + new string('e', 255) + "\\",
        };
        var yaml = new StringBuilder(Samples.ManyRecordsData(12_000));
        yaml.Append("  - { id: long-0, speaker: actor-0, summary: ").Append(Quoted(summaries[0])).Append(", saidOn: 2025-11-10 }\n");
        yaml.Append("  - { id: long-1, speaker: actor-1, summary: ").Append(Quoted(summaries[1])).Append(", saidOn: 2025-11-10 }\n");
        yaml.Append("  - { id: long-2, speaker: actor-2, summary: ").Append(Quoted(summaries[2])).Append(", saidOn: 2025-11-10 }\n");
        var output = GeneratorHarness.Run(Samples.NewsRecords, DataFile.Yaml("many.yaml", yaml.ToString()));
        Assert.Empty(output.SeedDiagnostics.Where(d => d.Severity != Microsoft.CodeAnalysis.DiagnosticSeverity.Info));
        var image = output.RunResult.Results.Single().GeneratedSources.Single(s => s.HintName.EndsWith("DataImage.g.cs", StringComparison.Ordinal));
        Assert.IsType<SegmentedText>(image.SourceText);
        Assert.Contains("[DataChunk(", image.SourceText.ToString());

        var statements = (IEnumerable)output.Load().GetType("News.Data")!.GetProperty("Statements")!.GetValue(null)!;
        var byId = statements.Cast<object>().ToDictionary(s => (string)s.GetType().GetProperty("Id")!.GetValue(s)!);
        Assert.Equal(48_003, byId.Count);
        for (int i = 0; i < summaries.Length; i++)
        {
            Assert.Equal(summaries[i], byId["long-" + i].GetType().GetProperty("Summary")!.GetValue(byId["long-" + i]));
        }
    }

    /// <summary>A YAML double-quoted scalar: the escapes YAML needs, every other character as itself.</summary>
    private static string Quoted(string text)
        => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\t", "\\t").Replace("\r", "\\r").Replace("\n", "\\n").Replace("\0", "\\0") + "\"";
}
