using System.Linq;
using Microsoft.CodeAnalysis.Text;
using SeedData.Generator.Binding;
using SeedData.Generator.Parsing;
using Xunit;

namespace SeedData.Generator.Tests;

/// <summary>The ids read from the text of a file that failed to parse, so that one syntax error stays one error.</summary>
public sealed class IdRecoveryTests
{
    private static string[] Recovered(string text, DataFormat format)
        => IdRecovery.Ids(SourceText.From(text), format).Select(r => r.Collection + ":" + r.Id + "@" + (r.Span.StartLine + 1) + "," + (r.Span.StartColumn + 1)).ToArray();

    [Fact]
    public void Yaml_ids_in_block_and_flow_records_quoted_or_plain_under_their_collection()
    {
        const string yaml = "# a comment\nactors:\n  - id: marco-rubio   # the secretary\n    name: [broken\n  - { id: 'kaja kallas', name: K }\n  - {name: X, id: \"x y\"}\n"
            + "\"statements\": [{id: s1}, {id: s2},\nnotes: plain text\n  - id: after-notes\n";
        Assert.Equal(new[]
        {
            "actors:marco-rubio@3,9", "actors:kaja kallas@5,11", "actors:x y@6,19", "statements:s1@7,21", "statements:s2@7,31",
            // 'notes' has a plain value, so it starts no collection: the id below it still counts as a statement's.
            "statements:after-notes@9,9",
        }, Recovered(yaml, DataFormat.Yaml));
    }

    [Fact]
    public void Yaml_lines_that_are_no_id_key_give_none()
    {
        const string yaml = "actors:\n  - uid: a\n  - id: [a]\n  - id: {a: 1}\n  - ids: b\n  - name: id: c\n  - - id: nested\n";
        Assert.Empty(Recovered(yaml, DataFormat.Yaml));
    }

    [Fact]
    public void Json_ids_are_the_text_of_id_keys_under_a_collection()
    {
        // A string cut short by the end of its line ends there; the text value "id" is no key.
        const string json = "{ \"actors\": [ { \"id\": \"a\", \"name\": \"A\" }, { \"name\": \"id\", \"id\": \"b\\\"c\" },\n  { \"id\": \"cut\n  { \"id\": \"d\" } ],\n\"statements\": [ { \"id\": \"s\" ";
        Assert.Equal(new[] { "actors:a@1,24", "actors:b\\\"c@1,66", "actors:d@3,12", "statements:s@4,26" }, Recovered(json, DataFormat.Json));
    }

    [Theory]
    [InlineData("actors:\n  - id: a\n  - id: b\nstatements:\n  - id: s\n", "  - id: b", "actors:b@3,9|statements:s@5,9", false)]
    [InlineData("{ \"actors\": [ { \"id\": \"a\" }, { \"id\": \"b\" } ], \"statements\": [ { \"id\": \"s\" ", "{ \"id\": \"b\"", "actors:b@1,39|statements:s@1,72", true)]
    public void Ids_are_recovered_from_a_place_on_under_the_collection_named_before_it(string text, string after, string expected, bool json)
    {
        var format = json ? DataFormat.Json : DataFormat.Yaml;
        // The parser bound the records before the place; their ids are not looked for again.
        var ids = IdRecovery.Ids(SourceText.From(text), format, text.IndexOf(after, System.StringComparison.Ordinal))
            .Select(r => r.Collection + ":" + r.Id + "@" + (r.Span.StartLine + 1) + "," + (r.Span.StartColumn + 1));
        Assert.Equal(expected, string.Join("|", ids));
    }

    [Fact]
    public void An_unclosed_list_of_many_lines_is_read_to_its_end()
    {
        // The probe's input (issue 21): 'authors: [' and 20,000 lines, no ':' on any of them, no closing ']'.
        string yaml = "authors: [\n" + string.Concat(Enumerable.Range(0, 20_000).Select(i => "  {id: author-" + i + "},\n"));
        var ids = Recovered(yaml, DataFormat.Yaml);
        Assert.Equal(20_000, ids.Length);
        Assert.Equal("authors:author-19999@20001,8", ids[^1]);
        Assert.Empty(Recovered("authors: [\n" + string.Concat(Enumerable.Range(0, 20_000).Select(i => "  author-" + i + ",\n")), DataFormat.Yaml));
    }
}
