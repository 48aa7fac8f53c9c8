using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using SeedData.Packaging.Tests.Infrastructure;
using Xunit;

namespace SeedData.Packaging.Tests;

/// <summary>What is inside the two packages: the files and the nuspec metadata a consumer relies on.</summary>
[Collection(PackagedFeedCollection.Name)]
public sealed class PackageLayoutTests(PackagedFeed feed)
{
    [Fact]
    public void GeneratorPackageIsAnAnalyzerWithYamlDotNetInsideAndNoDependencies()
    {
        string[] entries = Entries(feed.GeneratorPackage);
        Assert.Contains("analyzers/dotnet/cs/SeedData.Generator.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/YamlDotNet.dll", entries);
        Assert.Contains("build/SeedData.Generator.props", entries);
        Assert.Contains("build/SeedData.Generator.targets", entries);
        // The tool the targets run after each compile to write the data files' JSON Schema.
        Assert.Contains("tools/SeedData.SchemaWriter.dll", entries);
        Assert.Contains("tools/SeedData.SchemaWriter.runtimeconfig.json", entries);
        Assert.Contains("README.md", entries);
        // Nothing lands in a consumer's compile or run-time references.
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) || e.StartsWith("ref/", StringComparison.Ordinal)
            || e.StartsWith("runtimes/", StringComparison.Ordinal));

        var metadata = Nuspec(feed.GeneratorPackage);
        Assert.Equal("SeedData.Generator", Value(metadata, "id"));
        Assert.Equal(feed.Version, Value(metadata, "version"));
        Assert.Equal("true", Value(metadata, "developmentDependency"));
        Assert.Equal("README.md", Value(metadata, "readme"));
        Assert.Equal("MIT", Value(metadata, "license"));
        Assert.Empty(metadata.Elements().Where(e => e.Name.LocalName == "dependencies").SelectMany(d => d.Descendants()));
        Assert.Equal("git", metadata.Elements().Single(e => e.Name.LocalName == "repository").Attribute("type")?.Value);
    }

    [Fact]
    public void GeneratorReadmeHasAQuickStartAndADiagnosticsTable()
    {
        string readme = ReadEntry(feed.GeneratorPackage, "README.md");
        Assert.Contains("## Quick start", readme);
        Assert.Contains("<SeedDataFile Include=", readme);
        Assert.Contains("| SD0017 | Error | Unknown reference |", readme);

        // Every diagnostic the generator tracks (AnalyzerReleases.*.md) has a row, with its severity and title.
        var tracked = Directory.GetFiles(Path.Combine(Repo.Root, "src", "SeedData.Generator"), "AnalyzerReleases.*.md")
            .SelectMany(File.ReadAllLines)
            .Select(l => Regex.Match(l, @"^(?<id>SD\d{4})\s*\|\s*[^|]+\|\s*(?<severity>\w+)\s*\|\s*(?<title>[^|]+?)\s*$"))
            .Where(m => m.Success)
            .ToList();
        Assert.NotEmpty(tracked);
        Assert.All(tracked, m => Assert.Contains($"| {m.Groups["id"].Value} | {m.Groups["severity"].Value} | {m.Groups["title"].Value} |", readme));
    }

    [Fact]
    public void DatasetPackageHasTheNet8LibraryDocsReadmeAndSymbols()
    {
        string[] entries = Entries(feed.DatasetPackage);
        Assert.Contains("lib/net8.0/SeedData.dll", entries);
        Assert.Contains("lib/net8.0/SeedData.xml", entries);
        Assert.Contains("PACKAGE.md", entries);
        // The notebook extension, where the .NET Interactive kernel looks on `#r "nuget: SeedData"` (and no other
        // consumer does), without the kernel's own assemblies.
        Assert.Equal(["interactive-extensions/dotnet/SeedData.Interactive.dll"], entries.Where(e => e.StartsWith("interactive-extensions/", StringComparison.Ordinal)));
        Assert.DoesNotContain(entries, e => e.Contains("Microsoft.DotNet.Interactive", StringComparison.Ordinal));
        // The generator runs when SeedData is built; it is neither shipped with it nor a dependency of it.
        Assert.DoesNotContain(entries, e => e.Contains("SeedData.Generator", StringComparison.Ordinal) || e.Contains("YamlDotNet", StringComparison.Ordinal));
        // The data is compiled in: no seed files travel with the package, only their JSON Schema, the repository's own.
        Assert.DoesNotContain(entries, e => e.EndsWith(".yaml", StringComparison.Ordinal) || e.EndsWith(".json", StringComparison.Ordinal) && e != "schema/seeddata.schema.json");
        Assert.Contains("schema/seeddata.schema.json", entries);
        Assert.Equal(File.ReadAllText(Path.Combine(Repo.Root, "seeds", "seeddata.schema.json")), ReadEntry(feed.DatasetPackage, "schema/seeddata.schema.json"));

        var metadata = Nuspec(feed.DatasetPackage);
        Assert.Equal("SeedData", Value(metadata, "id"));
        Assert.Equal(feed.Version, Value(metadata, "version"));
        Assert.Equal("PACKAGE.md", Value(metadata, "readme"));
        Assert.Equal("MIT", Value(metadata, "license"));
        var repository = metadata.Elements().Single(e => e.Name.LocalName == "repository");
        Assert.Equal("git", repository.Attribute("type")?.Value);
        Assert.Matches("^[0-9a-f]{40}$", repository.Attribute("commit")?.Value ?? "");
        Assert.DoesNotContain(metadata.Descendants(), e => e.Name.LocalName == "dependency");

        Assert.True(File.Exists(feed.DatasetSymbolsPackage), feed.DatasetSymbolsPackage + " is missing");
        Assert.Contains("lib/net8.0/SeedData.pdb", Entries(feed.DatasetSymbolsPackage));
    }

    [Fact]
    public void DatasetReadmeShowsInstallAndAFirstQuery()
    {
        string readme = ReadEntry(feed.DatasetPackage, "PACKAGE.md");
        Assert.Contains("dotnet add package SeedData", readme);
        Assert.Contains("Dataset.", readme);
    }

    private static string[] Entries(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        return zip.Entries.Select(e => e.FullName).ToArray();
    }

    private static string ReadEntry(string package, string name)
    {
        using var zip = ZipFile.OpenRead(package);
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    private static XElement Nuspec(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        var entry = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal) && !e.FullName.Contains('/'));
        using var stream = entry.Open();
        return XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
    }

    private static string? Value(XElement metadata, string name)
        => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;
}
