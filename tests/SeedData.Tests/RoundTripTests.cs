using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Xunit;

namespace SeedData.Tests;

public class RoundTripTests
{
    private static byte[] Export()
    {
        using var stream = new MemoryStream();
        Dataset.WriteJson(stream);
        return stream.ToArray();
    }

    [Fact]
    public void Records_to_json_to_records_gives_equal_data()
    {
        using var stream = new MemoryStream(Export());
        var read = Dataset.ReadJson(stream);

        Assert.Equal(Dataset.Snapshot, read);
        Assert.Equal(Dataset.Actors.ToArray(), read.Actors.ToArray());
        Assert.Equal(Dataset.Statements.ToArray(), read.Statements.ToArray());
        Assert.Equal(Dataset.Meetings.ToArray(), read.Meetings.ToArray());
        Assert.Equal(Dataset.Proposals.ToArray(), read.Proposals.ToArray());
        Assert.Equal(Dataset.Figures.ToArray(), read.Figures.ToArray());
        Assert.Equal(Dataset.Events.ToArray(), read.Events.ToArray());
        Assert.Equal(Dataset.Articles.ToArray(), read.Articles.ToArray());
        Assert.Equal(Dataset.Roles.ToArray(), read.Roles.ToArray());
        Assert.Equal(Dataset.Mentions.ToArray(), read.Mentions.ToArray());

        // References are resolved to records of the snapshot that was read, not of the built-in data.
        var call = read.Meetings.Single(m => m.Id == "rubio-call-european-officials-2025-11-25");
        var statement = read.Statements.Single(s => s.Id == "rubio-guarantees-only-after-peace-deal");
        Assert.Same(call, statement.At);
        Assert.Same(read.Actors.Single(a => a.Id == "marco-rubio"), statement.Speakers[0]);
        Assert.NotSame(Dataset.Meetings.RubioCallEuropeanOfficials20251125, statement.At);
        var mention = read.Mentions.Single(m => m.Id == "marco-rubio-mentions");
        Assert.Same(read.Actors.Single(a => a.Id == "marco-rubio"), mention.Actor);
        Assert.Same(read.Articles.Single(a => a.Id == "article-000-thin-diplomatic-line"), mention.Evidence[0].Article);
    }

    [Fact]
    public void Json_export_is_byte_identical_across_runs_and_round_trips()
    {
        var first = Export();
        var second = Export();
        Assert.Equal(first, second);

        using var stream = new MemoryStream(first);
        var reread = Dataset.ReadJson(stream);
        using var again = new MemoryStream();
        reread.WriteJson(again);
        Assert.Equal(first, again.ToArray());
    }

    [Fact]
    public void Json_has_the_documented_shape()
    {
        using var document = JsonDocument.Parse(Export());
        var root = document.RootElement;
        Assert.Equal(
            new[] { "version", "contentHash", "actors", "articles", "events", "figures", "meetings", "mentions", "positions", "proposals", "roles", "statements" },
            root.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal(Dataset.Version, root.GetProperty("version").GetString());
        Assert.Equal(Dataset.ContentHash, root.GetProperty("contentHash").GetString());
        Assert.Equal(Dataset.Statements.Count, root.GetProperty("statements").GetArrayLength());
        Assert.Equal(Dataset.Mentions.Count, root.GetProperty("mentions").GetArrayLength());

        var statement = root.GetProperty("statements").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "rubio-guarantees-only-after-peace-deal");
        Assert.Equal("demand", statement.GetProperty("type").GetString());
        Assert.Equal("2025-11-25", statement.GetProperty("saidOn").GetString());
        Assert.Equal("rubio-call-european-officials-2025-11-25", statement.GetProperty("at").GetString());
        Assert.Equal("marco-rubio", statement.GetProperty("speakers")[0].GetString());
        Assert.Equal("security-guarantees", statement.GetProperty("topics")[0].GetString());
        Assert.Equal(
            "article-000-thin-diplomatic-line",
            statement.GetProperty("evidence")[0].GetProperty("article").GetString());

        var geneva = root.GetProperty("meetings").EnumerateArray().Single(m => m.GetProperty("id").GetString() == "geneva-talks-2025-11");
        Assert.Equal("[2025-11-22..2025-11-23]", geneva.GetProperty("start").GetString());
        Assert.Equal("in-person", geneva.GetProperty("format").GetString());

        var rubio = root.GetProperty("actors").EnumerateArray().Single(a => a.GetProperty("id").GetString() == "marco-rubio");
        Assert.False(rubio.TryGetProperty("partOf", out _));
        Assert.False(rubio.TryGetProperty("statements", out _));
        Assert.False(rubio.TryGetProperty("evidence", out _));

        var mention = root.GetProperty("mentions").EnumerateArray().Single(m => m.GetProperty("id").GetString() == "marco-rubio-mentions");
        Assert.Equal("marco-rubio", mention.GetProperty("actor").GetString());
        Assert.False(mention.TryGetProperty("note", out _));
        Assert.Equal(
            Dataset.Mentions.MarcoRubioMentions.Evidence.Select(e => e.Phrase).ToArray(),
            mention.GetProperty("evidence").EnumerateArray().Select(e => e.GetProperty("phrase").GetString()).ToArray());
    }

    [Fact]
    public void Json_text_is_readable()
    {
        var text = Encoding.UTF8.GetString(Export());
        Assert.Contains("\"wikidataId\": \"Q324546\"", text, StringComparison.Ordinal);
        Assert.Contains("Rubio's call with European officials", text, StringComparison.Ordinal);
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reader_rejects_broken_documents()
    {
        var json = Dataset.Snapshot.ToJson();
        var unknown = Assert.Throws<JsonException>(() => DatasetSnapshot.FromJson(json.Replace("\"partOf\": \"united-states\"", "\"partOf\": \"atlantis\"", StringComparison.Ordinal)));
        // The message and Path say where, and what was expected there.
        Assert.Matches(@"^\$\.actors\[\d+\]\.partOf$", unknown.Path);
        Assert.Contains("no record in 'actors' has the id 'atlantis'", unknown.Message, StringComparison.Ordinal);
        var mentionOfNobody = System.Text.RegularExpressions.Regex.Replace(json, "(\"id\": \"marco-rubio-mentions\",\\s*\"actor\": \")marco-rubio\"", "$1marco-rubbio\"");
        Assert.NotEqual(json, mentionOfNobody);
        Assert.Contains("marco-rubbio", Assert.Throws<JsonException>(() => DatasetSnapshot.FromJson(mentionOfNobody)).Message, StringComparison.Ordinal);
        Assert.Contains("already used by", Assert.Throws<JsonException>(() => DatasetSnapshot.FromJson(json.Replace("\"id\": \"ukraine-mentions\"", "\"id\": \"russia-mentions\"", StringComparison.Ordinal))).Message, StringComparison.Ordinal);
        Assert.Contains("'robot' is not one of person,", Assert.Throws<JsonException>(() => DatasetSnapshot.FromJson(json.Replace("\"kind\": \"person\"", "\"kind\": \"robot\"", StringComparison.Ordinal))).Message, StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => DatasetSnapshot.FromJson(json.Replace("\"saidOn\": \"2025-11-25\"", "\"saidOn\": \"Nov. 25\"", StringComparison.Ordinal)));
        Assert.Contains("has no key 'summry'", Assert.Throws<JsonException>(() => DatasetSnapshot.FromJson(json.Replace("\"summary\":", "\"summry\":", StringComparison.Ordinal))).Message, StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => DatasetSnapshot.FromJson("{ not json"));
        Assert.Equal("$", Assert.Throws<JsonException>(() => DatasetSnapshot.FromJson("null")).Path);
    }

    [Fact]
    public void Reader_rejects_reference_cycles()
    {
        const string json = """
            { "version": "x", "contentHash": "y",
              "actors": [
                { "id": "a", "name": "A", "kind": "government", "partOf": "b", "summary": "." },
                { "id": "b", "name": "B", "kind": "government", "partOf": "a", "summary": "." } ] }
            """;
        var error = Assert.Throws<JsonException>(() => DatasetSnapshot.FromJson(json));
        Assert.Contains("cycle", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Records_print_references_as_ids()
    {
        var text = Dataset.Statements["rubio-guarantees-only-after-peace-deal"].ToString();
        Assert.StartsWith("Statement { Id = rubio-guarantees-only-after-peace-deal", text, StringComparison.Ordinal);
        Assert.Contains("Speakers = [marco-rubio]", text, StringComparison.Ordinal);
        Assert.Contains("At = rubio-call-european-officials-2025-11-25", text, StringComparison.Ordinal);
        Assert.Contains("SaidOn = 2025-11-25", text, StringComparison.Ordinal);
        Assert.DoesNotContain("WikidataId", text, StringComparison.Ordinal);

        var meeting = Dataset.Meetings.GenevaTalks202511.ToString();
        Assert.Contains("Participants = [Participation { Actor = united-states, Role = Participant }", meeting, StringComparison.Ordinal);
        Assert.Contains("Proposals = [us-28-point-peace-plan, revised-22-point-peace-plan]", meeting, StringComparison.Ordinal);
    }
}

/// <summary>The data files' JSON Schema: generated, written by the build into seeds/, and named by every seed file.</summary>
public sealed class SchemaFileTests
{
    [Fact]
    public void The_committed_schema_is_the_generated_one_and_every_seed_file_names_it()
    {
        string seeds = System.IO.Path.Combine(Sources.RepositoryRoot, "seeds");
        Assert.Equal(Dataset.JsonSchema, System.IO.File.ReadAllText(System.IO.Path.Combine(seeds, "seeddata.schema.json")));
        using var schema = System.Text.Json.JsonDocument.Parse(Dataset.JsonSchema);
        var collections = schema.RootElement.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("positions", collections);
        Assert.Contains("statements", collections);
        var files = System.IO.Directory.GetFiles(seeds, "*.yaml");
        Assert.True(files.Length >= 10, "expected the seed files in " + seeds);
        Assert.All(files, f => Assert.StartsWith("# yaml-language-server: $schema=seeddata.schema.json\n", System.IO.File.ReadAllText(f)));
    }
}
