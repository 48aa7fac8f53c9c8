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

    private static IEnumerable<Diagnostic> Problems(GeneratorOutput output)
        => output.GeneratorDiagnostics.Concat(output.Compilation.GetDiagnostics()).Where(d => d.Severity >= DiagnosticSeverity.Warning);

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
        Assert.Empty(Problems(apart));
        var assembly = apart.Load();
        Assert.Equal("a,b", Ids(assembly, "Tags"));
        var post = ((IEnumerable)assembly.GetType("Tags.Data")!.GetProperty("Posts")!.GetValue(null)!).Cast<object>().Single();
        Assert.Equal("b,a", string.Join(",", ((IEnumerable)post.GetType().GetProperty("Tags")!.GetValue(post)!).Cast<object>().Select(t => t.GetType().GetProperty("Id")!.GetValue(t))));

        var alone = GeneratorHarness.Run(TagRecords.Replace("[SeedRecord(\"posts\")]", "", StringComparison.Ordinal).Replace("ImmutableArray<Tag>", "ImmutableArray<string>", StringComparison.Ordinal),
            DataFile.Yaml("tags.yaml", "tags:\n  - id: a\n  - id: b\n  - id: c\n"));
        Assert.Empty(Problems(alone));
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
        var diagnostic = Assert.Single(Problems(output));
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
        var diagnostic = Assert.Single(Problems(output));
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
            var diagnostic = Assert.Single(Problems(GeneratorHarness.Run(NumberRecords, file)));
            Assert.Equal(id, diagnostic.Id);
            Assert.Contains(number, diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }
    }
}
