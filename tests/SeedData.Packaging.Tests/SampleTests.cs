using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using SeedData.Packaging.Tests.Infrastructure;
using Xunit;

namespace SeedData.Packaging.Tests;

/// <summary>
/// Issue 4, items 3 and 4: the samples in samples/, copied out of the repository and run against the
/// freshly packed package: the .NET 10 file-based apps with <c>dotnet run</c>, and the xunit fixtures demo
/// with <c>dotnet test</c>. Their output is checked against seeds/ read directly.
/// </summary>
[Collection(PackagedFeedCollection.Name)]
public sealed class SampleTests(PackagedFeed feed)
{
    private static readonly string[] Scripts = ["explore.cs", "timeline.cs", "export-json.cs"];

    private string CopyScripts(string name)
    {
        string dir = feed.NewConsumer(name);
        foreach (string script in Scripts) File.Copy(Path.Combine(Repo.Samples, script), Path.Combine(dir, script));
        return dir;
    }

    [Fact]
    public void ExploreListsRubiosStatementsOnSecurityGuaranteesInDateOrder()
    {
        string dir = CopyScripts("explore");

        var run = feed.Run(dir, "run", "--no-cache", "explore.cs");
        Assert.True(run.ExitCode == 0, run.ToString());

        string output = run.StdOut;
        Assert.StartsWith($"SeedData {feed.Version} (content hash ", output);
        // The hash in full, as build.sh shows it for a test suite to pin: 64 hex digits.
        Assert.Matches(@"^SeedData \S+ \(content hash [0-9a-f]{64}\): ", output);
        Assert.Contains($"{Seeds.Statements.Count} statements", output);
        Assert.Contains("Marco Rubio (Person, US): ", output);
        var expected = Seeds.Statements
            .Where(s => Seeds.List(s, "speakers").Contains("marco-rubio") && Seeds.List(s, "topics").Contains("security-guarantees"))
            .ToList();
        Assert.Contains($"Marco Rubio on security guarantees, in date order ({expected.Count}):", output);

        // The listed ids, in the printed order, and their dates as in seeds/, never going back in time.
        var rows = run.StdOutLines
            .Select(l => Regex.Match(l, @"^  (?<date>\S+)\s+(?<id>[a-z0-9-]+)$"))
            .Where(m => m.Success && expected.Any(s => Seeds.Scalar(s, "id") == m.Groups["id"].Value))
            .ToList();
        Assert.Equal(expected.Count, rows.Count);
        DateOnly previous = DateOnly.MinValue;
        foreach (var row in rows)
        {
            string? saidOn = Seeds.Scalar(expected.Single(s => Seeds.Scalar(s, "id") == row.Groups["id"].Value), "saidOn");
            Assert.Equal(saidOn ?? "undated", row.Groups["date"].Value);
            if (saidOn is null) { previous = DateOnly.MaxValue; continue; }
            Assert.True(Seeds.Earliest(saidOn) >= previous, "Out of date order:\n" + output);
            previous = Seeds.Earliest(saidOn);
        }

        var other = feed.Run(dir, "run", "--no-cache", "explore.cs", "--", "volodymyr-zelenskyy");
        Assert.True(other.ExitCode == 0, other.ToString());
        Assert.Contains("Volodymyr Zelenskyy (Person, UA): ", other.StdOut);
    }

    [Fact]
    public void TimelineListsEveryDatedFactOfTheSeeds()
    {
        string dir = CopyScripts("timeline");

        var run = feed.Run(dir, "run", "--no-cache", "timeline.cs");
        Assert.True(run.ExitCode == 0, run.ToString());

        // Every date field of every record in seeds/.
        (string Collection, string[] Fields)[] dated =
        [
            ("articles", ["publishedOn"]), ("statements", ["saidOn"]), ("meetings", ["start", "end"]),
            ("proposals", ["date"]), ("figures", ["dateValue", "asOf"]), ("events", ["start", "end"]),
        ];
        var dates = dated
            .SelectMany(c => Seeds.Collection(c.Collection).SelectMany(r => c.Fields.Select(f => Seeds.Scalar(r, f))))
            .Where(d => d is not null)
            .Select(d => d!)
            .ToList();
        Assert.Contains($"Timeline: {dates.Count} dated facts", run.StdOut);

        // Entry lines start with the date as written in seeds/; their earliest days never go back in time.
        var entries = run.StdOutLines.Where(l => l.StartsWith("  ", StringComparison.Ordinal)).Select(l => l.Trim().Split(' ')[0]).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), entries.Order(StringComparer.Ordinal));
        var earliest = entries.Select(Seeds.Earliest).ToList();
        Assert.Equal(earliest.Order(), earliest);

        var onTopic = feed.Run(dir, "run", "--no-cache", "timeline.cs", "--", "security-guarantees");
        Assert.True(onTopic.ExitCode == 0, onTopic.ToString());
        Assert.Contains("Timeline of security-guarantees: ", onTopic.StdOut);
        Assert.Contains("rubio", onTopic.StdOut, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ExportJsonWritesTheWholeDatasetAndAFlatTable()
    {
        string dir = CopyScripts("export-json");
        string output = Path.Combine(dir, "out");

        var run = feed.Run(dir, "run", "--no-cache", "export-json.cs", "--", output);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("equal to the built-in data: True", run.StdOut);

        using (var whole = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "seeddata.json"))))
        {
            Assert.Equal(feed.Version, whole.RootElement.GetProperty("version").GetString());
            Assert.Equal(Seeds.Statements.Count, whole.RootElement.GetProperty("statements").GetArrayLength());
            Assert.Equal(Seeds.Collection("actors").Count, whole.RootElement.GetProperty("actors").GetArrayLength());
        }

        using var table = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "statements.json")));
        var rows = table.RootElement.EnumerateArray().ToList();
        Assert.Equal(Seeds.Statements.Select(s => Seeds.Scalar(s, "id")), rows.Select(r => r.GetProperty("id").GetString()));
        var rubio = rows.Single(r => r.GetProperty("id").GetString() == "rubio-guarantees-only-after-peace-deal");
        Assert.Equal("demand", rubio.GetProperty("type").GetString());
        Assert.Equal("2025-11-25", rubio.GetProperty("saidOn").GetString());
        Assert.Contains("security-guarantees", rubio.GetProperty("topics").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public void FixturesDemoRunsAsATestProjectAgainstThePackage()
    {
        string dir = feed.NewConsumer("fixtures-demo");
        PackagedFeed.CopyTree(Path.Combine(Repo.Samples, "FixturesDemo"), dir);

        var test = feed.Run(dir, PackagedFeed.PackTimeout, "test");
        Assert.True(test.ExitCode == 0, test.ToString());

        // One case per statement from the theory over Dataset.Statements, plus the GuaranteesTests:
        // 2 facts and 3 rows of TheoryData.
        var summary = Regex.Match(test.StdOut, @"Passed!\s+-\s+Failed:\s+(?<failed>\d+),\s+Passed:\s+(?<passed>\d+)");
        Assert.True(summary.Success, test.ToString());
        Assert.Equal("0", summary.Groups["failed"].Value);
        Assert.Equal(Seeds.Statements.Count + 5, int.Parse(summary.Groups["passed"].Value));
    }

    [Fact]
    public void SamplesAskForTheVersionThisRepositoryPacks()
    {
        foreach (string script in Scripts)
        {
            string text = File.ReadAllText(Path.Combine(Repo.Samples, script));
            Assert.Contains($"#:package SeedData@{Repo.SeedDataVersion}\n", text.ReplaceLineEndings("\n"));
            Assert.Contains("#:property PublishAot=false", text);
        }
        // The notebook's first cell, as JSON text (a line of a cell's source is a JSON string).
        string notebook = File.ReadAllText(Path.Combine(Repo.Samples, "notebooks", "seeddata.ipynb"));
        Assert.Contains($"\"#r \\\"nuget: SeedData, {Repo.SeedDataVersion}\\\"\"", notebook);
        string demo = File.ReadAllText(Path.Combine(Repo.Samples, "FixturesDemo", "FixturesDemo.csproj"));
        Assert.Contains($"<PackageReference Include=\"SeedData\" Version=\"{Repo.SeedDataVersion}\" />", demo);
    }
}
