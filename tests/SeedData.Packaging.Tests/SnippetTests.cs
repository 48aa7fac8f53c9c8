using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using SeedData.Packaging.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace SeedData.Packaging.Tests;

/// <summary>
/// "Every snippet runs as written": each fenced C# block of the documentation that is a complete program
/// (a .NET 10 file-based app, with a <c>#:package</c> line) is copied verbatim into an empty directory outside
/// the repository and run with <c>dotnet run file.cs</c> against the freshly packed packages, restoring into
/// a packages folder of its own that starts empty, so nothing cached can stand in for the package.
/// </summary>
[Collection(PackagedFeedCollection.Name)]
public sealed class SnippetTests(PackagedFeed feed, ITestOutputHelper output)
{
    /// <summary>
    /// The documents a newcomer copies from, and whether each must hold at least one file-based app. The
    /// generator's quick start is an MSBuild project (records, a data file and an item in the project file:
    /// a file-based app cannot declare items), which GeneratorPackageTests builds; it holds none.
    /// </summary>
    public static readonly (string File, bool MustHaveApps)[] Documents =
    [
        ("README.md", true),
        ("src/SeedData/PACKAGE.md", true),
        ("src/SeedData.Generator/README.md", false),
        ("samples/README.md", true),
        ("samples/notebooks/README.md", false),
        ("src/SeedData/README.md", false),
    ];

    private static readonly Regex DatedLine = new(@"^\s*\[?\d{4}(-\d{2})?(-\d{2})?\b");
    private static readonly Regex UndatedLine = new(@"^\s*undated\b");

    [Fact]
    public void EveryFileBasedSnippetInTheDocumentationRunsAsWritten()
    {
        var counts = new StringBuilder();
        var apps = new List<MarkdownSnippet>();
        foreach (var (file, mustHaveApps) in Documents)
        {
            var snippets = MarkdownSnippets.Read(file);
            var found = snippets.Where(s => s.IsFileBasedApp).ToList();
            counts.AppendLine($"{file}: {snippets.Count} C# blocks, {found.Count} file-based apps ({string.Join(", ", found.Select(s => "line " + s.Line))})");
            if (mustHaveApps) Assert.True(found.Count > 0, $"No file-based app (a ```csharp block with a #:package line) found in {file}: is the extraction broken?");
            apps.AddRange(found);
        }
        output.WriteLine(counts.ToString());

        var failures = new List<string>();
        foreach (var (snippet, index) in apps.Select((s, i) => (s, i)))
        {
            string name = $"snippet-{index + 1}";
            string dir = feed.NewConsumer(name);
            // A packages folder of its own, empty before the run: the config and the variable both name it.
            string packages = Path.Combine(dir, ".packages");
            Directory.CreateDirectory(packages);
            File.WriteAllText(Path.Combine(dir, "NuGet.config"), PackagedFeed.NuGetConfig(feed.Feed, packages));
            File.WriteAllText(Path.Combine(dir, name + ".cs"), snippet.Code);

            var run = Infrastructure.DotNet.Run(dir, new Dictionary<string, string> { ["NUGET_PACKAGES"] = packages },
                PackagedFeed.CommandTimeout, "run", name + ".cs");
            output.WriteLine($"{snippet}: exit {run.ExitCode} in {run.Duration.TotalSeconds:0.0}s, {run.StdOutLines.Count(l => l.Length > 0)} lines of output");

            string? problem = Check(run, packages);
            if (problem is not null) failures.Add($"{snippet} {problem}\n--- snippet ---\n{snippet.Code}{run}");
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {apps.Count} snippets failed.\n{counts}\n{string.Join("\n\n", failures)}");
    }

    /// <summary>
    /// Every fenced Python and R block of the documentation, run as written in one folder: first the README's C#
    /// snippet that writes the Data Package (<c>Dataset.WriteDataPackage("seeddata-datapackage")</c>) against the
    /// packed package, then each block as a script, with Debian's python3 (pandas) and Rscript (readr, jsonlite,
    /// tidyr, ggplot2). Each must exit 0 and name the speaker of the most statements in seeds/ when it counts speakers.
    /// Skipped, with the reason, where the interpreters or their packages are missing.
    /// </summary>
    [InterpretersFact]
    public void EveryPythonAndRSnippetInTheDocumentationRunsAsWrittenOnTheDataPackage()
    {
        var counts = new StringBuilder();
        var scripts = new List<(MarkdownSnippet Snippet, string Program, string Extension)>();
        foreach (var (file, _) in Documents)
        {
            var python = MarkdownSnippets.Read(file, MarkdownSnippets.Python);
            var r = MarkdownSnippets.Read(file, MarkdownSnippets.R);
            counts.AppendLine($"{file}: {python.Count} Python blocks, {r.Count} R blocks");
            scripts.AddRange(python.Select(s => (s, Interpreters.Python!, ".py")));
            scripts.AddRange(r.Select(s => (s, Interpreters.Rscript!, ".R")));
        }
        output.WriteLine(counts.ToString());
        Assert.Contains(scripts, s => s.Extension == ".py" && s.Snippet.File == "README.md");
        Assert.Contains(scripts, s => s.Extension == ".R" && s.Snippet.File == "README.md");

        string dir = feed.NewConsumer("data-package-snippets");
        var writer = MarkdownSnippets.Read("README.md").Single(s => s.IsFileBasedApp && s.Code.Contains("WriteDataPackage(\"seeddata-datapackage\")", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(dir, "write-datapackage.cs"), writer.Code);
        var write = feed.Run(dir, "run", "write-datapackage.cs");
        Assert.True(write.ExitCode == 0, write.ToString());
        Assert.True(File.Exists(Path.Combine(dir, "seeddata-datapackage", "datapackage.json")), write.ToString());

        // The speaker of the most statements, by name, as the snippets that count speakers print it.
        var names = Seeds.Collection("actors").ToDictionary(a => Seeds.Scalar(a, "id")!, a => Seeds.Scalar(a, "name")!);
        var top = Seeds.Statements.SelectMany(s => Seeds.List(s, "speakers")).GroupBy(id => id).OrderByDescending(g => g.Count()).First();
        string topSpeaker = names[top.Key];

        var failures = new List<string>();
        foreach (var (snippet, index) in scripts.Select((s, i) => (s, i)))
        {
            string name = $"snippet-{index + 1}{snippet.Extension}";
            File.WriteAllText(Path.Combine(dir, name), snippet.Snippet.Code);
            var run = Infrastructure.DotNet.RunProgram(snippet.Program, dir, null, PackagedFeed.CommandTimeout, name);
            output.WriteLine($"{snippet.Snippet} ({snippet.Program}): exit {run.ExitCode} in {run.Duration.TotalSeconds:0.0}s, {run.StdOutLines.Count(l => l.Trim().Length > 0)} lines of output");
            string? problem = run.ExitCode != 0 ? $"exited {run.ExitCode}"
                : run.StdOut.Trim().Length == 0 ? "printed nothing"
                : snippet.Snippet.Code.Contains("speakers", StringComparison.Ordinal) && !Regex.IsMatch(run.StdOut, $@"{Regex.Escape(topSpeaker)}\s+{top.Count()}\b") ? $"does not print {topSpeaker} with {top.Count()} statements"
                : null;
            if (problem is not null) failures.Add($"{snippet.Snippet} {problem}\n--- snippet ---\n{snippet.Snippet.Code}{run}");
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {scripts.Count} Python and R snippets failed.\n{counts}\n{string.Join("\n\n", failures)}");
    }

    private string? Check(ProcessResult run, string packages)
    {
        if (run.ExitCode != 0) return $"exited {run.ExitCode}";
        string[] lines = run.StdOutLines.Where(l => l.Trim().Length > 0).ToArray();
        if (lines.Length == 0) return "printed nothing";
        if (run.StdErr.Contains("Unhandled exception", StringComparison.Ordinal)) return "threw";
        if (!Directory.Exists(Path.Combine(packages, "seeddata", feed.Version)))
        {
            return $"did not restore SeedData {feed.Version} into its empty packages folder";
        }

        // A listing in date order puts what has no date after everything dated, not first.
        int firstUndated = Array.FindIndex(lines, l => UndatedLine.IsMatch(l));
        if (firstUndated >= 0 && lines.Skip(firstUndated).Any(l => DatedLine.IsMatch(l)))
        {
            return "lists a dated record after an undated one";
        }
        return null;
    }
}
