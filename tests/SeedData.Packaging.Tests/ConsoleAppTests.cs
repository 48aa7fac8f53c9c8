using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using SeedData.Packaging.Tests.Infrastructure;
using Xunit;

namespace SeedData.Packaging.Tests;

/// <summary>
/// Issue 4, item 1: a new console app gets SeedData with <c>dotnet add package SeedData</c> from the feed,
/// queries Rubio's statements on security guarantees in date order, builds and runs; the output is checked
/// against seeds/ read directly.
/// </summary>
[Collection(PackagedFeedCollection.Name)]
public sealed class ConsoleAppTests(PackagedFeed feed)
{
    [Fact]
    public void ConsoleAppQueriesRubiosStatementsOnSecurityGuaranteesInDateOrder()
    {
        string dir = feed.NewConsumer("console");
        File.WriteAllText(Path.Combine(dir, "console.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
            </Project>
            """);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Consumers", "ConsoleApp", "Program.cs"), Path.Combine(dir, "Program.cs"));

        var add = feed.Run(dir, "add", "package", "SeedData", "--version", feed.Version);
        Assert.True(add.ExitCode == 0, add.ToString());
        Assert.Contains($"<PackageReference Include=\"SeedData\" Version=\"{feed.Version}\" />", File.ReadAllText(Path.Combine(dir, "console.csproj")));
        // Restored from the feed into this run's private packages folder, not from a cache.
        Assert.True(File.Exists(Path.Combine(feed.PackagesFolder, "seeddata", feed.Version, "lib", "net8.0", "SeedData.dll")));

        var run = feed.Run(dir, "run");
        Assert.True(run.ExitCode == 0, run.ToString());

        // The package's notebook extension stays out of a plain project: its dependency graph is SeedData alone,
        // and its output holds neither the extension nor the kernel's assemblies.
        using (var assets = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dir, "obj", "project.assets.json"))))
        {
            Assert.Equal([$"SeedData/{feed.Version}"], assets.RootElement.GetProperty("libraries").EnumerateObject().Select(l => l.Name));
            Assert.Equal([$"SeedData/{feed.Version}"], assets.RootElement.GetProperty("targets").GetProperty("net10.0").EnumerateObject().Select(l => l.Name));
        }
        var assemblies = Directory.GetFiles(Path.Combine(dir, "bin"), "*.dll", SearchOption.AllDirectories).Select(Path.GetFileName).ToList();
        Assert.Contains("SeedData.dll", assemblies);
        Assert.DoesNotContain(assemblies, a => a!.Contains("Interactive", StringComparison.Ordinal));

        // What seeds/ says: Rubio's statements, and those about security guarantees.
        var rubios = Seeds.Statements.Where(s => Seeds.List(s, "speakers").Contains("marco-rubio")).ToList();
        var expected = rubios.Where(s => Seeds.List(s, "topics").Contains("security-guarantees")).ToList();
        Assert.NotEmpty(expected);

        string[] lines = run.StdOutLines.Where(l => l.Length > 0).ToArray();
        Assert.Equal($"Marco Rubio (Person, US): {rubios.Count} statements, {expected.Count} on security guarantees", lines[0]);
        var rows = lines.Skip(1).Select(l => l.Split('\t')).ToList();
        Assert.All(rows, r => Assert.Equal(4, r.Length));
        Assert.Equal(
            expected.Select(s => Seeds.Scalar(s, "id")).Order(StringComparer.Ordinal),
            rows.Select(r => r[1]).Order(StringComparer.Ordinal));
        // An id read from seeds/000-thin-diplomatic-line.yaml: Rubio's call of 2025-11-25.
        Assert.Contains(rows, r => r[1] == "rubio-guarantees-only-after-peace-deal" && r[0] == "2025-11-25" && r[2] == "Demand" && r[3] == "european-officials");

        // Date order: each printed date is the one in seeds/, and the earliest days never go backwards.
        var saidOn = expected.ToDictionary(s => Seeds.Scalar(s, "id")!, s => Seeds.Scalar(s, "saidOn"));
        DateOnly previous = DateOnly.MinValue;
        bool undated = false;
        foreach (var row in rows)
        {
            string? date = saidOn[row[1]];
            if (date is null)
            {
                Assert.Equal("undated", row[0]);
                undated = true;
                continue;
            }
            Assert.False(undated, "A dated statement follows an undated one: " + string.Join(" | ", lines));
            DateOnly earliest = Seeds.Earliest(date);
            Assert.True(earliest >= previous, $"{row[1]} ({date}) is out of date order: {string.Join(" | ", lines)}");
            previous = earliest;
        }
    }
}
