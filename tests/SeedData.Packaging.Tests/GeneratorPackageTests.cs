using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using SeedData.Packaging.Tests.Infrastructure;
using Xunit;

namespace SeedData.Packaging.Tests;

/// <summary>
/// Issue 4, item 2: a project with its own records and YAML that gets SeedData.Generator by PackageReference
/// (added with <c>dotnet add package</c> from the feed) builds and runs; a broken reference in its YAML fails
/// <c>dotnet build</c> with an MSBuild-format error on the YAML file's line and column.
/// </summary>
[Collection(PackagedFeedCollection.Name)]
public sealed class GeneratorPackageTests(PackagedFeed feed)
{
    private static string Source => Path.Combine(AppContext.BaseDirectory, "Consumers", "GeneratorApp");

    /// <summary>What the quick start's app prints first, from its YAML or from the same records in other shapes.</summary>
    private static readonly string[] QuickStartOutput =
    [
        "Apple: 0.45 from Orchard & Co",
        "Sourdough loaf: 4.20 from Orchard & Co",
        "apple aisle: Fruit, tags: fresh|local",
        "sourdough since: 2025-03-01",
        "pear found: False",
        "from orchard-co: apple,sourdough",
        "same supplier instance: True",
        "orchard by code: True",
        "fruit: apple; 0 to 1: apple; closest at or below 5: sourdough",
    ];

    [Fact]
    public void ProjectWithItsOwnRecordsAndYamlBuildsAndRuns()
    {
        string dir = CreateProject("generator-app");

        var build = feed.Run(dir, "build", "-c", "Release");
        Assert.True(build.ExitCode == 0, build.ToString());

        var run = feed.Run(dir, "run", "-c", "Release", "--no-build");
        Assert.True(run.ExitCode == 0, run.ToString());
        string[] lines = run.StdOutLines;
        Assert.Equal(QuickStartOutput, lines.Take(9));
        Assert.Matches("^content hash: [0-9a-f]{64}$", lines[9]);
        Assert.Equal(["json read back equal: True", "loaded cheapest: apple, same type: True", "0.50 0.45"], lines.Skip(10).Take(3));

        // The README's quick start (records and data) is the app's, and its code snippets are lines the app runs.
        string readme = File.ReadAllText(Path.Combine(Repo.Root, "src", "SeedData.Generator", "README.md")).Replace("\r\n", "\n");
        string program = File.ReadAllText(Path.Combine(Source, "Program.cs"));
        string records = File.ReadAllText(Path.Combine(Source, "Catalog.cs")).Replace("\r\n", "\n");
        Assert.Contains("```csharp\n" + records[(records.IndexOf('\n') + 1)..] + "```", readme);
        Assert.Contains("```yaml\n" + File.ReadAllText(Path.Combine(Source, "data", "catalog.yaml")).Replace("\r\n", "\n") + "```", readme);
        foreach (string start in new[] { "foreach (var product in Catalog.Products)", "using (var file = File.Create(\"catalog.json\"))", "CatalogInstance current =", "var pricier =" })
        {
            var snippet = readme[readme.IndexOf(start, StringComparison.Ordinal)..];
            snippet = snippet[..snippet.IndexOf("```", StringComparison.Ordinal)];
            foreach (string line in snippet.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                string code = line.Split("//")[0].Trim().Replace("out var pear", "out _");
                // The app prints the hash with a label, its one line that differs.
                if (code == "Console.WriteLine(Catalog.ContentHash);") continue;
                Assert.True(program.Contains(code, StringComparison.Ordinal), "README line not in the app: " + code);
            }
        }

        // The build wrote the data files' JSON Schema beside the project, its default place.
        string schema = File.ReadAllText(Path.Combine(dir, "seeddata.schema.json"));
        var root = System.Text.Json.Nodes.JsonNode.Parse(schema)!;
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", (string?)root["$schema"]);
        Assert.NotNull(root["properties"]!["products"]);
        Assert.NotNull(root["properties"]!["suppliers"]);

        // A development dependency: neither the generator nor YamlDotNet reaches the application.
        string output = Path.Combine(dir, "bin", "Release", "net10.0");
        Assert.True(File.Exists(Path.Combine(output, "generator-app.dll")));
        Assert.False(File.Exists(Path.Combine(output, "YamlDotNet.dll")), "YamlDotNet.dll leaked into the application output");
        Assert.False(File.Exists(Path.Combine(output, "SeedData.Generator.dll")), "SeedData.Generator.dll leaked into the application output");
        string deps = File.ReadAllText(Path.Combine(output, "generator-app.deps.json"));
        Assert.DoesNotContain("YamlDotNet", deps);
        Assert.DoesNotContain("SeedData.Generator", deps);
    }

    [Fact]
    public void BrokenReferenceInTheYamlFailsTheBuildWithAnMSBuildErrorAtItsLineAndColumn()
    {
        string dir = CreateProject("generator-broken");
        string yamlPath = Path.Combine(dir, "data", "catalog.yaml");
        string[] yaml = File.ReadAllLines(yamlPath);
        // Misspell the supplier of the second product.
        int line = Array.FindLastIndex(yaml, l => l.Trim() == "supplier: orchard-co");
        Assert.True(line > 0);
        yaml[line] = yaml[line].Replace("orchard-co", "orchard-company", StringComparison.Ordinal);
        File.WriteAllLines(yamlPath, yaml);
        int column = yaml[line].IndexOf("orchard-company", StringComparison.Ordinal) + 1;

        var build = feed.Run(dir, "build", "-c", "Release");
        Assert.True(build.ExitCode != 0, "The build should have failed:\n" + build);

        // e.g. /tmp/.../data/catalog.yaml(17,15): error SD0017: No record in 'suppliers' has the id ...
        var format = new Regex(@"^\s*(?<path>.+?)\((?<line>\d+),(?<column>\d+)\): error (?<id>SD\d{4}): (?<message>.+?)(?: \[[^\]]+\])?$");
        var errors = build.StdOutLines.Select(l => format.Match(l)).Where(m => m.Success).ToList();
        Assert.True(errors.Count > 0, "No MSBuild-format SDxxxx error in the build output:\n" + build);
        var error = errors[0];
        Assert.Equal(yamlPath, error.Groups["path"].Value);
        Assert.Equal((line + 1).ToString(), error.Groups["line"].Value);
        Assert.Equal(column.ToString(), error.Groups["column"].Value);
        Assert.Equal("SD0017", error.Groups["id"].Value);
        Assert.Contains("'orchard-company'", error.Groups["message"].Value);
        Assert.Contains("'orchard-co'", error.Groups["message"].Value); // the suggestion
        Assert.All(errors, e => Assert.Equal("SD0017", e.Groups["id"].Value));
    }

    /// <summary>
    /// Issue 22: data as it comes, through the package's real build files. A spreadsheet's CSV export (its own file
    /// name, a byte order mark, CRLF, quoted fields, the parameter names as headers) and a YAML registry keyed by id
    /// reach the generator with their Collection and KeyNaming item metadata, and the app prints what it prints from the
    /// quick start's YAML. A bad cell then fails the build at its line and column in the CSV file.
    /// </summary>
    [Fact]
    public void CsvAndKeyedFilesWithTheirItemMetadataBuildTheSameCatalog()
    {
        string dir = CreateProject("generator-existing-data");
        File.Delete(Path.Combine(dir, "data", "catalog.yaml"));
        string csv = Path.Combine(dir, "data", "Products.csv");
        File.WriteAllText(csv, "\uFEFFId,Name,Aisle,Price,Supplier,Tags,Since\r\n"
            + "apple,Apple,fruit,0.45,orchard-co,fresh;local,\r\n"
            + "sourdough,\"Sourdough loaf\",bakery,4.20,orchard-co,,2025-03-01\r\n");
        File.WriteAllText(Path.Combine(dir, "data", "suppliers.yml"), "orchard-co:\n  name: Orchard & Co\n  country: NZ\n");
        string project = Path.Combine(dir, "generator-existing-data.csproj");
        File.WriteAllText(project, File.ReadAllText(project).Replace("<SeedDataFile Include=\"data/**/*.yaml\" />",
            "<SeedDataFile Include=\"data/Products.csv\" Collection=\"products\" KeyNaming=\"exact\" />\n"
            + "    <SeedDataFile Include=\"data/suppliers.yml\" Collection=\"suppliers\" />", StringComparison.Ordinal));

        var build = feed.Run(dir, "build", "-c", "Release");
        Assert.True(build.ExitCode == 0, build.ToString());
        var run = feed.Run(dir, "run", "-c", "Release", "--no-build");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(QuickStartOutput, run.StdOutLines.Take(9));

        File.WriteAllText(csv, File.ReadAllText(csv).Replace("4.20", "4.2O", StringComparison.Ordinal));
        build = feed.Run(dir, "build", "-c", "Release");
        Assert.True(build.ExitCode != 0, "The build should have failed:\n" + build);
        var error = new Regex(@"Products\.csv\((?<line>\d+),(?<column>\d+)\): error (?<id>SD\d{4}): ").Match(build.ToString());
        Assert.True(error.Success, build.ToString());
        Assert.Equal(("3", "35", "SD0014"), (error.Groups["line"].Value, error.Groups["column"].Value, error.Groups["id"].Value));
    }

    [Fact]
    public void SchemaFilePropertyMovesTheSchemaOrTurnsItOffAndARecordChangeRewritesIt()
    {
        string dir = CreateProject("generator-schema");
        string defaultPath = Path.Combine(dir, "seeddata.schema.json");
        string moved = Path.Combine(dir, "schemas", "catalog.schema.json");

        var build = feed.Run(dir, "build", "-c", "Release", "-p:SeedDataSchemaFile=schemas/catalog.schema.json");
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.True(File.Exists(moved), "no schema at " + moved + ":\n" + build);
        Assert.False(File.Exists(defaultPath), "the schema was also written to its default place");
        string before = File.ReadAllText(moved);

        // A new key in a record reaches the schema on the next build.
        string catalog = Path.Combine(dir, "Catalog.cs");
        string source = File.ReadAllText(catalog);
        Assert.Contains("string Country)", source);
        File.WriteAllText(catalog, source.Replace("string Country)", "string Country, string? Origin = null)", StringComparison.Ordinal));
        build = feed.Run(dir, "build", "-c", "Release", "-p:SeedDataSchemaFile=schemas/catalog.schema.json");
        Assert.True(build.ExitCode == 0, build.ToString());
        string after = File.ReadAllText(moved);
        Assert.DoesNotContain("\"origin\"", before);
        Assert.Contains("\"origin\"", after);

        // A path that cannot be written is one warning, and the build goes on.
        File.Delete(moved);
        var unwritable = feed.Run(dir, "build", "-c", "Release", "-p:SeedDataSchemaFile=/proc/seeddata/catalog.schema.json");
        Assert.True(unwritable.ExitCode == 0, unwritable.ToString());
        Assert.Contains("warning SD0037", unwritable.ToString());

        // Empty turns the file off.
        build = feed.Run(dir, "build", "-c", "Release", "-p:SeedDataSchemaFile=");
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.False(File.Exists(moved));
        Assert.False(File.Exists(defaultPath));
    }

    [Fact]
    public void A_project_scalar_whose_Parse_rejects_a_value_fails_the_build_once_at_the_value()
    {
        string dir = feed.NewConsumer("generator-parse-check");
        Directory.CreateDirectory(Path.Combine(dir, "data"));
        File.WriteAllText(Path.Combine(dir, "Shop.cs"), """
            using System;
            using SeedData;
            namespace Shop;
            public readonly record struct Money(decimal Amount, string Currency)
            {
                public static Money Parse(string text, IFormatProvider? provider)
                {
                    var parts = text.Split(' ');
                    if (parts.Length != 2 || parts[1].Length != 3) throw new FormatException($"'{text}' is not an amount and a three-letter currency.");
                    return new Money(decimal.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), parts[1]);
                }
            }
            [SeedRecord("items")] public sealed partial record Item(string Id, Money Price);
            [SeedDataset] public static partial class Data;
            public static class Program { public static void Main() => Console.WriteLine(Data.Items.Count); }
            """);
        string yamlPath = Path.Combine(dir, "data", "shop.yaml");
        File.WriteAllText(yamlPath, "items:\n  - id: kettle\n    price: 12.50 EUR\n  - id: toaster\n    price: 12.50 euros\n");
        string Project(string target) => $$"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>{{(target == "netstandard2.0" ? "Library" : "Exe")}}</OutputType>
                <TargetFramework>{{target}}</TargetFramework>
                <LangVersion>latest</LangVersion>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <SeedDataFile Include="data/**/*.yaml" />
                <PackageReference Include="SeedData.Generator" Version="{{feed.Version}}" />
              </ItemGroup>
              <ItemGroup Condition="'$(TargetFramework)' == 'netstandard2.0'">
                <PackageReference Include="System.Collections.Immutable" Version="8.0.0" />
                <PackageReference Include="System.Memory" Version="4.5.5" />
              </ItemGroup>
            </Project>
            """;
        File.WriteAllText(Path.Combine(dir, "shop.csproj"), Project("net10.0"));

        var build = feed.Run(dir, "build", "-c", "Release");
        Assert.True(build.ExitCode != 0, "The build should have failed:\n" + build);
        var errors = build.StdOutLines.Where(l => l.Contains(": error ", StringComparison.Ordinal)).Distinct().ToList();
        Assert.True(errors.Count == 1, "One error expected:\n" + build);
        Assert.StartsWith(yamlPath + "(5,12): error SD0060: '12.50 euros' (items 'toaster') is not a valid Money: '12.50 euros' is not an amount and a three-letter currency.", errors[0].Trim());

        // Turned off in the project file (here on the command line), the value is left to run time.
        var skipped = feed.Run(dir, "build", "-c", "Release", "-p:SeedDataCheckValues=false");
        Assert.True(skipped.ExitCode == 0, skipped.ToString());

        File.WriteAllText(yamlPath, File.ReadAllText(yamlPath).Replace("12.50 euros", "12.50 USD", StringComparison.Ordinal));
        var fixedBuild = feed.Run(dir, "build", "-c", "Release");
        Assert.True(fixedBuild.ExitCode == 0, fixedBuild.ToString());
        Assert.Contains("SeedData: 2 values of Money checked by their Parse methods, 0 rejected.", fixedBuild.ToString());

        // A target the check cannot load is told once, as a message, and builds.
        File.WriteAllText(Path.Combine(dir, "Shop.cs"), File.ReadAllText(Path.Combine(dir, "Shop.cs")).Replace("public static class Program { public static void Main() => Console.WriteLine(Data.Items.Count); }", string.Empty, StringComparison.Ordinal));
        // What a netstandard2.0 project declares itself for positional records.
        File.WriteAllText(Path.Combine(dir, "IsExternalInit.cs"), "namespace System.Runtime.CompilerServices { internal static class IsExternalInit { } }");
        File.WriteAllText(Path.Combine(dir, "shop.csproj"), Project("netstandard2.0"));
        var library = feed.Run(dir, "build", "-c", "Release");
        Assert.True(library.ExitCode == 0, library.ToString());
        Assert.True(library.ToString().Contains("SeedData: the 2 values of Money were not checked by their Parse methods: the project targets netstandard2.0", StringComparison.Ordinal), library.ToString());
    }

    [Fact]
    public void The_package_allows_unsafe_code_for_the_in_place_image_reader_unless_the_project_says_otherwise()
    {
        // A large image is read where the assembly's metadata holds it, which takes one unsafe call: the package's
        // props allow unsafe code, and come before the project, whose own setting wins.
        string dir = CreateProject("unsafe-default");
        var restore = feed.Run(dir, "restore");
        Assert.True(restore.ExitCode == 0, restore.ToString());
        var allowed = feed.Run(dir, "msbuild", "-getProperty:AllowUnsafeBlocks");
        Assert.True(allowed.ExitCode == 0, allowed.ToString());
        Assert.Equal("true", allowed.StdOut.Trim());

        string project = Path.Combine(dir, "unsafe-default.csproj");
        File.WriteAllText(project, File.ReadAllText(project).Replace("<Nullable>enable</Nullable>", "<Nullable>enable</Nullable>\n    <AllowUnsafeBlocks>false</AllowUnsafeBlocks>", StringComparison.Ordinal));
        var refused = feed.Run(dir, "msbuild", "-getProperty:AllowUnsafeBlocks");
        Assert.True(refused.ExitCode == 0, refused.ToString());
        Assert.Equal("false", refused.StdOut.Trim());
    }

    private string CreateProject(string name)
    {
        string dir = feed.NewConsumer(name);
        PackagedFeed.CopyTree(Source, dir);
        File.WriteAllText(Path.Combine(dir, name + ".csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <SeedDataFile Include="data/**/*.yaml" />
              </ItemGroup>
            </Project>
            """);
        var add = feed.Run(dir, "add", "package", "SeedData.Generator", "--version", feed.Version);
        Assert.True(add.ExitCode == 0, add.ToString());
        Assert.Contains("Include=\"SeedData.Generator\"", File.ReadAllText(Path.Combine(dir, name + ".csproj")));
        return dir;
    }
}
