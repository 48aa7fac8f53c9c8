using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using SeedData.Generator.Tests.Infrastructure;
using Xunit;

namespace SeedData.Generator.Tests;

/// <summary>
/// What a hostile probe of the generator found (issue 21), one regression per case: each input gives the one SD
/// diagnostic the docs promise, at its place, or builds and reads back unchanged.
/// </summary>
public sealed class ReliabilityTests
{
    private const string TagRecords = """
        using System.Collections.Immutable;
        using SeedData;
        namespace Tags;
        [SeedRecord("tags")] public sealed partial record Tag(string Id);
        [SeedRecord("posts")] public sealed partial record Post(string Id, string Title, ImmutableArray<Tag> Tags = default);
        [SeedDataset] public static partial class Data;
        """;

    private static string Ids(Assembly assembly, string collection)
    {
        var records = (IEnumerable)assembly.GetType("Tags.Data", throwOnError: true)!.GetProperty(collection)!.GetValue(null)!;
        return string.Join(",", records.Cast<object>().Select(r => r.GetType().GetProperty("Id")!.GetValue(r)));
    }

    [Fact]
    public void Records_with_only_their_id_build_in_a_file_of_their_own_and_as_the_only_collection()
    {
        // The records of 'tags' have no bytes in the data image, so their file has no piece of image at all.
        var apart = GeneratorHarness.Run(TagRecords, DataFile.Yaml("tags.yaml", "tags:\n  - id: a\n  - id: b\n"),
            DataFile.Yaml("posts.yaml", "posts:\n  - { id: p, title: P, tags: [b, a] }\n"));
        Assert.Empty(apart.Problems);
        var assembly = apart.Load();
        Assert.Equal("a,b", Ids(assembly, "Tags"));
        var post = ((IEnumerable)assembly.GetType("Tags.Data")!.GetProperty("Posts")!.GetValue(null)!).Cast<object>().Single();
        Assert.Equal("b,a", string.Join(",", ((IEnumerable)post.GetType().GetProperty("Tags")!.GetValue(post)!).Cast<object>().Select(t => t.GetType().GetProperty("Id")!.GetValue(t))));

        var alone = GeneratorHarness.Run(TagRecords.Replace("[SeedRecord(\"posts\")]", "", StringComparison.Ordinal).Replace("ImmutableArray<Tag>", "ImmutableArray<string>", StringComparison.Ordinal),
            DataFile.Yaml("tags.yaml", "tags:\n  - id: a\n  - id: b\n  - id: c\n"));
        Assert.Empty(alone.Problems);
        Assert.Equal("a,b,c", Ids(alone.Load(), "Tags"));
    }

    [Theory]
    // YamlDotNet refuses these with an ArgumentException, which was SD0099 at (1,1).
    [InlineData("%TAG !e! \n---\nactors: []\n", 1, 1, "no prefix")]
    [InlineData("%TAG ! \n---\nactors: []\n", 1, 1, "no prefix")]
    [InlineData("actors:\n  - id: x\n    name: !<> x\n    kind: person\n", 3, 11, "verbatim tag")]
    [InlineData("actors:\n  - id: x\n    name: !<>\n", 3, 11, "verbatim tag")]
    public void An_empty_tag_is_one_YAML_syntax_error_at_the_tag(string yaml, int line, int column, string words)
    {
        var output = GeneratorHarness.Run(Samples.NewsRecords, DataFile.Yaml("x.yaml", yaml));
        var diagnostic = Assert.Single(output.Problems);
        var at = diagnostic.Location.GetLineSpan().StartLinePosition;
        Assert.Equal(("SD0001", line, column), (diagnostic.Id, at.Line + 1, at.Character + 1));
        Assert.Contains(words, diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Theory]
    // The error at the end of the file was blamed on the last '{' closed before it, which YamlDotNet's parser had
    // read the end of, and not on the '[' left open.
    [InlineData("actors: [\n  {id: a, name: A, kind: person},\n  {id: b, name: B, kind: person},\n", 1, 9)]
    [InlineData("actors:\n  - id: a\n    name: A\n    kind: person\n    aliases: [\n      {x: 1},\n", 5, 14)]
    public void An_unclosed_list_is_reported_at_its_bracket_not_at_the_last_mapping_closed_inside_it(string yaml, int line, int column)
    {
        var output = GeneratorHarness.Run(Samples.NewsRecords, DataFile.Yaml("x.yaml", yaml));
        var diagnostic = Assert.Single(output.Problems);
        var at = diagnostic.Location.GetLineSpan().StartLinePosition;
        Assert.Equal(("SD0001", line, column), (diagnostic.Id, at.Line + 1, at.Character + 1));
        Assert.Contains("'[' is not closed", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    private const string NumberRecords = """
        using SeedData;
        namespace Numbers;
        [SeedRecord("authors")] public sealed partial record Author(string Id, int Born = 0, long Books = 0, decimal Price = 0, double Rating = 0);
        [SeedDataset] public static partial class Data;
        """;

    [Theory]
    // Each built with no diagnostic and read back as 0; 1e-1 gave SD0014. (KindConformanceTable has them for every kind, ReadJson too.)
    [InlineData("born", "0.1e-30", "SD0014")]
    [InlineData("born", "4.9e-324", "SD0014")]
    [InlineData("books", "1e-400", "SD0014")]
    [InlineData("born", "1e-29", "SD0014")]
    [InlineData("price", "1e-29", "SD0015")]
    [InlineData("rating", "1e-400", "SD0015")]
    public void A_number_too_small_for_its_type_is_refused_not_read_as_0(string key, string number, string id)
    {
        foreach (var file in new[]
        {
            DataFile.Yaml("authors.yaml", "authors:\n  - id: a\n    " + key + ": " + number + "\n"),
            new DataFile("/data/authors.json", "{ \"authors\": [ { \"id\": \"a\", \"" + key + "\": " + number + " } ] }"),
        })
        {
            var diagnostic = Assert.Single(GeneratorHarness.Run(NumberRecords, file).Problems);
            Assert.Equal(id, diagnostic.Id);
            Assert.Contains(number, diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_alias_that_repeats_a_record_is_the_duplicate_at_the_alias()
    {
        // Was SD0018 at (2,13), "already used by the record at (2,13)": line 3 was never named.
        var output = GeneratorHarness.Run(Samples.NewsRecords, DataFile.Yaml("x.yaml", "actors:\n  - &a {id: x, name: X, kind: person}\n  - *a\n"));
        var (id, line, column, message) = GeneratorOutput.Described(Assert.Single(output.Problems));
        Assert.Equal(("SD0018", 3, 5), (id, line, column));
        Assert.Contains("by the record at /data/x.yaml(2,13)", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mistake_inside_what_an_alias_repeats_is_reported_at_the_alias()
    {
        // The anchor is a fine actor; repeated as a statement, its keys are wrong there, at line 5 and not at line 2.
        var output = GeneratorHarness.Run(Samples.NewsRecords, DataFile.Yaml("x.yaml",
            "actors:\n  - &a {id: x, name: X, kind: person}\nstatements:\n  - id: s\n    speaker: *a\n    summary: S\n  - id: t\n    speaker: &who nobody\n    summary: T\n  - id: u\n    speaker: *who\n    summary: U\n"));
        Assert.Equal(new[] { ("SD0014", 5, 14), ("SD0017", 8, 14), ("SD0017", 11, 14) },
            output.Problems.Select(GeneratorOutput.Described).Select(d => (d.Id, d.Line, d.Column)).OrderBy(d => d.Line));
    }

    [Fact]
    public void Every_error_of_a_record_is_reported_an_unknown_reference_beside_a_value_out_of_range()
    {
        // Was SD0015 alone; SD0017 for 'nobody' appeared only once the rating was fixed.
        const string records = """
            using SeedData;
            namespace B;
            [SeedRecord("authors")] public sealed partial record Author(string Id);
            [SeedRecord("books")] public sealed partial record Book(string Id, Author Author, double Rating);
            [SeedDataset] public static partial class Data;
            """;
        var output = GeneratorHarness.Run(records, DataFile.Yaml("x.yaml", "authors:\n  - id: a\nbooks:\n  - id: b\n    author: nobody\n    rating: 1e400\n"));
        Assert.Equal(new[] { ("SD0015", 6, 13), ("SD0017", 5, 13) }, output.Problems.Select(GeneratorOutput.Described).Select(d => (d.Id, d.Line, d.Column)).OrderBy(d => d.Id));
    }

    [Theory]
    // Was SD0007 and SD0006 at the same place.
    [InlineData("actors:\n  - &a {id: x, name: X, kind: person}\n---\nactors:\n  - *a\n", 5, 5, "in an earlier one")]
    [InlineData("actors:\n  - {id: x, name: X, kind: person}\n---\nstatements:\n  - {id: s, speaker: x, summary: *words}\n---\n$note: &words W\n", 5, 34, "Define '&words' earlier")]
    [InlineData("actors:\n  - *nothing\n  - {id: *nothing, name: X, kind: person}\n", 2, 5, "Define '&nothing' earlier")]
    public void An_alias_to_no_anchor_of_its_document_is_one_error(string yaml, int line, int column, string words)
    {
        var output = GeneratorHarness.Run(Samples.NewsRecords, DataFile.Yaml("x.yaml", yaml));
        var all = output.Problems.Select(GeneratorOutput.Described).ToList();
        Assert.All(all, d => Assert.Equal("SD0007", d.Id));
        Assert.Equal((line, column), (all[0].Line, all[0].Column));
        Assert.Contains(words, all[0].Message, StringComparison.Ordinal);
        Assert.Equal(yaml.Split("*").Length - 1, all.Count);
    }

    [Fact]
    public void A_merge_key_is_one_error_that_says_merge_keys_are_not_read()
    {
        // Was SD0011 plus SD0012 for each key the merge would have given.
        var output = GeneratorHarness.Run(Samples.NewsRecords, DataFile.Yaml("x.yaml", "actors:\n  - &a {id: x, name: X, kind: person}\n  - <<: *a\n    id: y\n"));
        var (id, line, column, message) = GeneratorOutput.Described(Assert.Single(output.Problems));
        Assert.Equal(("SD0011", 3, 5), (id, line, column));
        Assert.Contains("merge key of YAML 1.1", message, StringComparison.Ordinal);
        // Quoted, '<<' is a key like any other.
        var quoted = GeneratorHarness.Run(Samples.NewsRecords, DataFile.Yaml("x.yaml", "actors:\n  - {id: y, name: Y, kind: person, '<<': 1}\n"));
        Assert.DoesNotContain("merge", Assert.Single(quoted.Problems).GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_of_small_numbers_floats_and_chars_compile_and_are_read_where_the_key_is_left_out()
    {
        // Found by FuzzTests: 'byte B = 0' was written as 'flag ? reader.Byte() : 0', an int, and the dataset did not compile.
        const string records = """
            using SeedData;
            namespace Small;
            [SeedRecord("values")] public sealed partial record Value(string Id, byte B = 7, sbyte S = -1, short H = 3, ushort U = 4, float F = 1.5f, char C = 'x', uint N = 5);
            [SeedDataset] public static partial class Data;
            """;
        var output = GeneratorHarness.Run(records, DataFile.Yaml("v.yaml", "values:\n  - id: left-out\n  - { id: given, b: 1, s: 2, h: 3, u: 4, f: 0.25, c: y, n: 6 }\n"));
        Assert.Empty(output.Problems);
        var values = ((IEnumerable)output.Load().GetType("Small.Data")!.GetProperty("Values")!.GetValue(null)!).Cast<object>().Select(v => v.ToString()).ToList();
        Assert.Equal(new[]
        {
            "Value { Id = left-out, B = 7, S = -1, H = 3, U = 4, F = 1.5, C = x, N = 5 }",
            "Value { Id = given, B = 1, S = 2, H = 3, U = 4, F = 0.25, C = y, N = 6 }",
        }, values);
    }
}
