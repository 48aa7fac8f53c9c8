using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Xml.Linq;
using SeedData.Packaging.Tests.Infrastructure;
using Xunit;

namespace SeedData.Packaging.Tests;

/// <summary>
/// The samples that write files for other tools and the files the repository commits from them: each is run
/// against the freshly packed package, and a committed picture or page must be what the current data draws, byte
/// for byte (a data change without regenerating them fails here). The counts are checked against seeds/.
/// </summary>
[Collection(PackagedFeedCollection.Name)]
public sealed class GeneratedDocsTests(PackagedFeed feed)
{
    // In the dataset's collection order: by name, ordinal.
    private static readonly string[] Collections = ["actors", "articles", "events", "figures", "meetings", "mentions", "positions", "proposals", "roles", "statements"];

    /// <summary>The records the timeline draws: those with a date, by collection and date fields.</summary>
    private static readonly (string Collection, string Kind, string[] Fields)[] Drawn =
    [
        ("statements", "statement", ["saidOn"]), ("meetings", "meeting", ["start", "end"]),
        ("proposals", "proposal", ["date"]), ("events", "event", ["start", "end"]),
    ];

    private (string Dir, ProcessResult Run) RunSample(string script, params string[] arguments)
    {
        string dir = feed.NewConsumer(Path.GetFileNameWithoutExtension(script));
        File.Copy(Path.Combine(Repo.Samples, script), Path.Combine(dir, script));
        var run = feed.Run(dir, ["run", "--no-cache", script, "--", .. arguments]);
        Assert.True(run.ExitCode == 0, run.ToString());
        return (dir, run);
    }

    [Fact]
    public void ExportDatapackageWritesACsvAndAJsonLinesFilePerCollection()
    {
        var (dir, run) = RunSample("export-datapackage.cs", "out");
        string output = Path.Combine(dir, "out");

        using var descriptor = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "datapackage.json")));
        Assert.Equal(feed.Version, descriptor.RootElement.GetProperty("version").GetString());
        var tabular = descriptor.RootElement.GetProperty("resources").EnumerateArray()
            .Where(r => r.GetProperty("profile").GetString() == "tabular-data-resource").ToList();
        Assert.Equal(Collections, tabular.Select(r => r.GetProperty("name").GetString()));
        foreach (string collection in Collections)
        {
            int expected = Seeds.Collection(collection).Count;
            Assert.Contains($"{collection}.csv", run.StdOut);
            Assert.Matches($@"{collection}\.csv\s+{expected} records", run.StdOut);
            Assert.Equal(expected, File.ReadAllLines(Path.Combine(output, collection + ".jsonl")).Length);
            Assert.True(File.Exists(Path.Combine(output, collection + ".csv")));
        }
    }

    [Fact]
    public void EverySampleScriptAsksForTheVersionThisRepositoryPacks()
    {
        var scripts = Directory.GetFiles(Repo.Samples, "*.cs");
        Assert.Contains(scripts, s => s.EndsWith("timeline-svg.cs", StringComparison.Ordinal));
        foreach (string script in scripts)
        {
            string text = File.ReadAllText(script).ReplaceLineEndings("\n");
            Assert.Contains($"#:package SeedData@{Repo.SeedDataVersion}\n", text);
            Assert.Contains("#:property PublishAot=false\n", text);
        }
    }

    [Fact]
    public void CommittedExplorerPageIsWhatTheCurrentDataMakes()
    {
        var (dir, run) = RunSample("explorer-html.cs", "explorer.html");
        byte[] made = File.ReadAllBytes(Path.Combine(dir, "explorer.html"));
        string committed = Path.Combine(Repo.Root, "docs", "explorer.html");
        Assert.True(File.Exists(committed), committed + " is missing: run samples/explorer-html.cs -- ../docs/explorer.html");
        Assert.True(made.AsSpan().SequenceEqual(File.ReadAllBytes(committed)),
            "docs/explorer.html is not what the current data makes: regenerate it (see samples/README.md).\n" + run);

        // The embedded dataset is the package's JSON document, whole: every collection with every record of seeds/.
        string html = System.Text.Encoding.UTF8.GetString(made);
        const string Open = "<script type=\"application/json\" id=\"dataset\">";
        int start = html.IndexOf(Open, StringComparison.Ordinal) + Open.Length;
        using var data = JsonDocument.Parse(html[start..html.IndexOf("</script>", start, StringComparison.Ordinal)]);
        Assert.Equal(feed.Version, data.RootElement.GetProperty("version").GetString());
        foreach (string collection in Collections)
        {
            Assert.Equal(Seeds.Collection(collection).Select(r => Seeds.Scalar(r, "id")),
                data.RootElement.GetProperty(collection).EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        }

        // Nothing to fetch: no external reference, and a policy that forbids any request.
        Assert.DoesNotMatch(@"(src|href)\s*=\s*[""']?(https?:)?//", html);
        Assert.Contains("default-src 'none'", html);
    }

    [Fact]
    public void CommittedTimelineSvgIsWhatTheCurrentDataDraws()
    {
        var (dir, run) = RunSample("timeline-svg.cs", "timeline.svg");
        byte[] drawn = File.ReadAllBytes(Path.Combine(dir, "timeline.svg"));
        string committed = Path.Combine(Repo.Root, "docs", "timeline.svg");
        Assert.True(File.Exists(committed), committed + " is missing: run samples/timeline-svg.cs -- ../docs/timeline.svg");
        Assert.True(drawn.AsSpan().SequenceEqual(File.ReadAllBytes(committed)),
            "docs/timeline.svg is not what the current data draws: regenerate it (see samples/README.md).\n" + run);

        // One mark per dated record of seeds/, read with a plain YAML parser; each names its record and sources.
        var expected = Drawn
            .SelectMany(d => Seeds.Collection(d.Collection)
                .Where(r => d.Fields.Any(f => Seeds.Scalar(r, f) is not null))
                .Select(r => $"{d.Kind}:{Seeds.Scalar(r, "id")}"))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(expected);
        XNamespace svg = "http://www.w3.org/2000/svg";
        var document = XDocument.Load(new MemoryStream(drawn));
        var marks = document.Descendants(svg + "g")
            .Where(g => ((string?)g.Attribute("class"))?.Split(' ').Contains("mark") == true)
            .ToList();
        Assert.Equal(expected, marks.Select(m => $"{((string)m.Attribute("class")!).Split(' ')[1]}:{(string?)m.Attribute("data-id")}").Order(StringComparer.Ordinal));
        Assert.All(marks, m =>
        {
            string title = m.Element(svg + "title")?.Value ?? "";
            Assert.Contains((string)m.Attribute("data-id")!, title);
            Assert.Contains("Sources: article-", title);
        });

        // Inferred and approximate dates are drawn differently, and the legend says how.
        var inferred = Drawn.SelectMany(d => Seeds.Collection(d.Collection)
                .Where(r => d.Fields.Any(f => Seeds.Scalar(r, f) is not null && Seeds.Scalar(r, f + "InferredFrom") is not null))
                .Select(r => Seeds.Scalar(r, "id")))
            .Order(StringComparer.Ordinal);
        Assert.Equal(inferred, marks.Where(m => ((string)m.Attribute("class")!).Contains(" inferred", StringComparison.Ordinal))
            .Select(m => (string?)m.Attribute("data-id")).Order(StringComparer.Ordinal));
        var approximate = Drawn.SelectMany(d => Seeds.Collection(d.Collection)
                .Where(r => d.Fields.Any(f => Seeds.Scalar(r, f) is { } date && (date.EndsWith('?') || date.EndsWith('~') || date.EndsWith('%'))))
                .Select(r => Seeds.Scalar(r, "id")))
            .Order(StringComparer.Ordinal);
        Assert.Equal(approximate, marks.Where(m => ((string)m.Attribute("class")!).Contains(" approximate", StringComparison.Ordinal))
            .Select(m => (string?)m.Attribute("data-id")).Order(StringComparer.Ordinal));
        string legend = document.Descendants(svg + "g").Single(g => (string?)g.Attribute("class") == "legend").Value;
        Assert.Contains("inferred", legend);
        Assert.Contains("approximate", legend);
    }
}
