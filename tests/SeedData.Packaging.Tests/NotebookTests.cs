using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using SeedData.Packaging.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace SeedData.Packaging.Tests;

/// <summary>
/// The notebooks of samples/notebooks, copied out of the repository and executed headless with
/// <c>jupyter nbconvert --execute</c>: the C# one on the .NET Interactive kernel against the freshly packed
/// package, then the Python one over the Data Package the C# one writes. They run under a HOME of their own, where
/// the README's one command (<c>dotnet nuget add source</c>) makes this run's feed a package source, so the kernel's
/// restore cache (~/.packagemanagement) starts empty and the package comes from the feed into this run's packages
/// folder. What they show is checked against seeds/ read directly. Skipped, with the reason, where
/// Jupyter or a kernel is missing (tests/notebooks/install.sh installs them).
/// </summary>
[Collection(PackagedFeedCollection.Name)]
public sealed class NotebookTests(PackagedFeed feed, ITestOutputHelper output)
{
    private static readonly TimeSpan NotebookTimeout = TimeSpan.FromMinutes(10);

    private static readonly Regex RowId = new("<tr data-id=\"(?<id>[^\"]+)\"");

    private static string Html(string text) => WebUtility.HtmlEncode(text);

    [NotebookFact]
    public void TheKernelCarriesTheInteractiveVersionTheExtensionIsBuiltAgainst()
    {
        var props = XDocument.Load(Path.Combine(Repo.Root, "Directory.Packages.props"));
        string built = props.Descendants("PackageVersion").Single(p => (string?)p.Attribute("Include") == "Microsoft.DotNet.Interactive").Attribute("Version")!.Value;
        Assert.Equal(built, Jupyter.KernelInteractiveVersion());
    }

    [NotebookFact]
    public void TheNotebooksRunHeadlessAndShowTheRecordsThroughThePackagesExtension()
    {
        string dir = feed.NewConsumer("notebooks");
        foreach (string notebook in Directory.GetFiles(Path.Combine(Repo.Samples, "notebooks"), "*.ipynb"))
        {
            File.Copy(notebook, Path.Combine(dir, Path.GetFileName(notebook)));
        }

        // Outside the consumer folder, whose own NuGet.config `dotnet nuget add source` would otherwise edit.
        string home = Path.Combine(feed.Root, "notebook-home");
        Directory.CreateDirectory(home);
        var environment = new Dictionary<string, string>
        {
            ["HOME"] = home,
            ["JUPYTER_PATH"] = Jupyter.DataFolder,
            ["NUGET_PACKAGES"] = feed.PackagesFolder,
        };
        var source = Infrastructure.DotNet.Run(home, environment, PackagedFeed.CommandTimeout, "nuget", "add", "source", feed.Feed, "--name", "seeddata-local");
        Assert.True(source.ExitCode == 0, source.ToString());
        var (csharp, csharpRun) = Jupyter.Execute(Path.Combine(dir, "seeddata.ipynb"), environment, NotebookTimeout);
        output.WriteLine($"seeddata.ipynb: {csharp.Cells.Count} code cells in {csharpRun.Duration.TotalSeconds:0.0}s");
        AssertEveryCellRan(csharp);

        // The kernel restored the freshly packed package and loaded the extension inside it.
        string extension = Path.Combine(feed.PackagesFolder, "seeddata", feed.Version, "interactive-extensions", "dotnet", "SeedData.Interactive.dll");
        var load = csharp.Cell("#r \"nuget: SeedData, ");
        Assert.Equal($"#r \"nuget: SeedData, {feed.Version}\"", load.Source.Trim());
        Assert.Contains($"Loading extensions from `{extension}`", load.Shown("text/plain"));

        var positions = Seeds.Collection("positions");
        var meetings = Seeds.Collection("meetings");
        Assert.Contains($"SeedData {feed.Version}, content hash ", csharp.Cell("using SeedData;").Shown("text/plain"));
        string counts = $"{Seeds.Statements.Count} statements, {meetings.Count} meetings, {positions.Count} positions";
        Assert.Contains(counts, csharp.Cell("using SeedData;").Shown("text/plain"));

        // Who said guarantees come after a deal, the statements it is read from, and who denied those: tables.
        var afterDeal = positions.Where(p => Seeds.Scalar(p, "timing") == "after-deal").ToList();
        Assert.NotEmpty(afterDeal);
        var claims = afterDeal.Select(p => Seeds.Scalar(p, "statement")).OfType<string>().Distinct().ToList();
        var denials = Seeds.Statements
            .Where(s => Seeds.Records(s, "links").Any(l => Seeds.Scalar(l, "kind") == "denies" && claims.Contains(Seeds.Scalar(l, "target") ?? "")))
            .Select(s => Seeds.Scalar(s, "id")!)
            .ToList();
        Assert.NotEmpty(denials);
        AssertTable(csharp.Cell("var afterDeal ="), "positions", afterDeal.Select(p => Seeds.Scalar(p, "id")!));
        AssertTable(csharp.Cell("var claims ="), "statements", claims);
        AssertTable(csharp.Cell("var denials ="), "statements", denials);
        AssertTable(csharp.Cell("Dataset.Meetings"), "meetings", meetings.Select(m => Seeds.Scalar(m, "id")!));

        // One record as a card: its fields, every evidence phrase with its article, its links.
        var denial = Seeds.Statements.Single(s => Seeds.Scalar(s, "id") == denials[0]);
        string card = csharp.Cell("denials.First()").Shown("text/html");
        Assert.Contains($"<div class=\"seeddata-card\" data-id=\"{denials[0]}\">", card);
        Assert.Contains(Html(Seeds.Scalar(denial, "summary")!), card);
        var evidence = Seeds.Records(denial, "evidence");
        Assert.NotEmpty(evidence);
        Assert.All(evidence, e => Assert.Contains($"&ldquo;{Html(Seeds.Scalar(e, "phrase")!)}&rdquo; <span data-id=\"{Seeds.Scalar(e, "article")}\">", card));
        Assert.All(Seeds.Records(denial, "links"), l => Assert.Contains($"this {Seeds.Scalar(l, "kind")} {Seeds.Scalar(l, "target")}", card));

        // The outlets, and the positions by holder, in the kernel's own tables: every holder named.
        var names = Seeds.Collection("actors").ToDictionary(a => Seeds.Scalar(a, "id")!, a => Seeds.Scalar(a, "name")!);
        Assert.Contains("Politico", csharp.Cell("claims.Concat(denials)").Shown("text/html"));
        string byHolder = csharp.Cell("Dataset.Positions.GroupBy").Shown("text/html");
        Assert.All(positions.Select(p => names[Seeds.Scalar(p, "holder")!]).Distinct(), name => Assert.Contains(Html(name), byHolder));

        // Dataset.Timeline is the picture of docs/timeline.svg, which a test of its own holds to the current data.
        Assert.Equal(File.ReadAllText(Path.Combine(Repo.Root, "docs", "timeline.svg")), csharp.Cell("Dataset.Timeline").Shown("text/html"));

        // The Python notebook reads the Data Package the C# one wrote beside it, and answers the same questions.
        string package = Path.Combine(dir, "seeddata-datapackage");
        Assert.True(File.Exists(Path.Combine(package, "positions.csv")), csharp.Cell("using System.IO;").ToString());
        var (python, pythonRun) = Jupyter.Execute(Path.Combine(dir, "datapackage-pandas.ipynb"), environment, NotebookTimeout);
        output.WriteLine($"datapackage-pandas.ipynb: {python.Cells.Count} code cells in {pythonRun.Duration.TotalSeconds:0.0}s");
        AssertEveryCellRan(python);
        Assert.Contains(counts, python.Cell("import json").Shown("text/plain"));
        string pythonAfterDeal = python.Cell("after_deal =").Shown("text/html");
        Assert.All(afterDeal, p => Assert.Contains($"<td>{Seeds.Scalar(p, "id")}</td>", pythonAfterDeal));
        string pythonDenials = python.Cell("claims =").Shown("text/html");
        Assert.All(denials, id => Assert.Contains($"<td>{id}</td>", pythonDenials));
        string crosstab = python.Cell("pd.crosstab").Shown("text/html");
        Assert.Contains("<th>after-deal</th>", crosstab);
        Assert.All(positions.Select(p => names[Seeds.Scalar(p, "holder")!]).Distinct(), name => Assert.Contains($"<th>{Html(name)}</th>", crosstab));
    }

    private void AssertEveryCellRan(Notebook notebook)
    {
        Assert.NotEmpty(notebook.Cells);
        foreach (var cell in notebook.Cells)
        {
            Assert.True(cell.Executed, "Not executed:\n" + cell);
            Assert.True(cell.Outputs.Count > 0, "No output:\n" + cell);
            Assert.DoesNotContain(cell.Outputs, o => o.Type == "error");
        }
    }

    /// <summary>A cell showed the extension's table of <paramref name="ids"/>, one row each, in that order.</summary>
    private static void AssertTable(NotebookCell cell, string collection, IEnumerable<string> ids)
    {
        string html = cell.Shown("text/html");
        var expected = ids.ToList();
        Assert.Contains($"<table class=\"seeddata-table\"><caption>{expected.Count} {collection}</caption>", html);
        Assert.Equal(expected, RowId.Matches(html).Select(m => m.Groups["id"].Value));
    }
}
