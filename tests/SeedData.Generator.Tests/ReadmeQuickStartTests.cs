using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using SeedData.Generator.Tests.Infrastructure;
using Xunit;

namespace SeedData.Generator.Tests;

/// <summary>
/// The README's generator quick start, as written: its records, its data and its usage block are taken from the
/// README itself, generated, compiled and run, and the comments' claims are checked against what the code returns.
/// </summary>
public sealed class ReadmeQuickStartTests
{
    private static string Section()
    {
        string readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")).Replace("\r\n", "\n");
        int start = readme.IndexOf("## Generator quick start", StringComparison.Ordinal);
        Assert.True(start >= 0, "The README has no generator quick start.");
        // The quick start runs to its first subsection.
        int end = readme.IndexOf("\n### ", start, StringComparison.Ordinal);
        return readme[start..(end < 0 ? readme.Length : end)];
    }

    private static string[] Blocks(string section, string language)
        => Regex.Matches(section, "```" + language + "\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToArray();

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SeedData.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("SeedData.sln not found above " + AppContext.BaseDirectory);
    }

    [Fact]
    public void The_quick_start_builds_and_its_usage_does_what_its_comments_say()
    {
        string section = Section();
        var csharp = Blocks(section, "csharp");
        string records = csharp.Single(b => b.Contains("[SeedDataset]", StringComparison.Ordinal));
        string usage = csharp.Single(b => b.Contains("Data.Actors.MarcoRubio", StringComparison.Ordinal));
        string yaml = Blocks(section, "yaml").Single();

        // The usage block runs as the body of a method, and hands back what it made.
        string probe = "using System; using System.Collections.Immutable; using System.Linq;\n"
            + "public static class Probe { public static object[] Run() {\n" + usage
            + "\nreturn new object[] { rubio, s, same, his, reuters, people, november }; } }";
        var output = GeneratorHarness.Run(new[] { records, probe }, DataFile.Yaml("news.yaml", yaml));
        Assert.Empty(output.SeedDiagnostics);
        var results = (object[])output.Load().GetType("Probe", throwOnError: true)!.GetMethod("Run")!.Invoke(null, null)!;

        Assert.Equal(true, results[2]);
        Assert.Same(results[0], results[1].GetType().GetProperty("Speaker")!.GetValue(results[1]));
        Assert.Equal(new[] { results[1] }, ((System.Collections.IEnumerable)results[3]).Cast<object>());
        Assert.Equal("Outlet { Number = 1, Name = Reuters }", results[4].ToString());
        Assert.Same(results[4], results[1].GetType().GetProperty("ReportedBy")!.GetValue(results[1]));
        Assert.Equal(new[] { results[0] }, ((System.Collections.IEnumerable)results[5]).Cast<object>());
        Assert.Equal(new[] { results[1] }, ((System.Collections.IEnumerable)results[6]).Cast<object>());
        Assert.StartsWith("Statement { Id = rubio-guarantees-after-deal, Speaker = marco-rubio, ", results[1].ToString());
    }

    [Fact]
    public void The_quick_start_typo_gives_the_error_the_readme_shows()
    {
        string section = Section();
        string records = Blocks(section, "csharp").Single(b => b.Contains("[SeedDataset]", StringComparison.Ordinal));
        string yaml = Blocks(section, "yaml").Single().Replace("speaker: marco-rubio", "speaker: marco-rubbio", StringComparison.Ordinal);
        var output = GeneratorHarness.Run(new[] { records }, new DataFile("seeds/news.yaml", yaml));
        var error = Assert.Single(output.SeedDiagnostics);
        var span = error.Location.GetLineSpan();
        string shown = $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): error {error.Id}: {error.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
        Assert.Contains(shown, section);
    }
}
