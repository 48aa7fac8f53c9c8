using System;
using System.Globalization;
using System.Linq;
using SeedData.Generator.Tests.Infrastructure;
using Xunit;

namespace SeedData.Generator.Tests;

/// <summary>The same inputs give byte-identical generated code, whatever the culture and the order of the files.</summary>
public sealed class DeterminismTests
{
    private static string Sources(GeneratorOutput output)
        => string.Join("\n////\n", output.Sources.OrderBy(s => s.HintName, StringComparer.Ordinal).Select(s => s.HintName + "\n" + s.Text));

    private static GeneratorOutput GenerateAll(params DataFile[] files)
    {
        var output = GeneratorHarness.Run(new[] { Samples.AllTypesRecords }, files.Length > 0 ? files : new[] { DataFile.Yaml("all.yaml", Samples.AllTypesData) });
        Assert.Empty(output.GeneratorDiagnostics);
        return output;
    }

    private static T In<T>(string culture, Func<T> action)
    {
        var (previous, previousUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
            return action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (previous, previousUi);
        }
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    [InlineData("fr-FR")]
    public void Generated_code_and_the_records_it_builds_are_identical_under_any_culture(string culture)
    {
        var invariant = In("", () => GenerateAll());
        var other = In(culture, () => GenerateAll());
        Assert.Equal(Sources(invariant), Sources(other));

        // Read back under the culture: numbers, dates and the project's own Parse must not follow it.
        string expected = RecordDump.Dump(invariant.Load().GetType("Types.Catalog")!);
        string actual = In(culture, () => RecordDump.Dump(other.Load().GetType("Types.Catalog")!));
        Assert.Equal(expected, actual);
        Assert.Contains("Price = 19.99M", actual);
        Assert.Contains("Cost = Money { Amount = 12.50M, Currency = \"EUR\" }", actual);
    }

    /// <summary>
    /// Data as it is published, under the cultures that case and format text their own way (tr-TR's dotless i): a CSV
    /// file with headers in exact and in snake_case spelling, a keyed file, and the schema's entry points and #line
    /// directives they bring.
    /// </summary>
    [Theory]
    [InlineData("tr-TR")]
    [InlineData("de-DE")]
    public void Csv_and_keyed_files_give_identical_code_under_any_culture(string culture)
    {
        var files = new[]
        {
            DataFile.With("tags.yml", "red:\n  name: Red\nBLUE:\n  name: Blue\nIRIS:\n  name: Iris\n", ("Collection", "tags"), ("KeyNaming", "snake_case")),
            DataFile.With("samples.csv", "Id,Text,Flag,Small,Large,Ratio,Price,Shade,Day,Moment,Link,Cost,Where,Tags,Counts\r\n"
                + "first,\"a, b\",true,-42,9000000000,0.1,19.99,nato-green,2025-11-25,2025-11-25T14:30:00+02:00,https://example.org/,12.50 EUR,"
                + "\"{\"\"X\"\": 1.5, \"\"Y\"\": -2}\",red;IRIS,1;2;3\r\n", ("KeyNaming", "exact")),
        };
        var invariant = In("", () => GenerateAll(files));
        var other = In(culture, () => GenerateAll(files));
        Assert.Equal(Sources(invariant), Sources(other));
        Assert.Contains("#line (", Sources(other), StringComparison.Ordinal);
        Assert.Contains("file@tags@keyed@snake_case", Sources(other), StringComparison.Ordinal);
        Assert.Equal(RecordDump.Dump(invariant.Load().GetType("Types.Catalog")!), In(culture, () => RecordDump.Dump(other.Load().GetType("Types.Catalog")!)));
    }

    [Fact]
    public void Repeated_runs_give_identical_output()
    {
        Assert.Equal(Sources(GenerateAll()), Sources(GenerateAll()));
    }

    [Fact]
    public void The_order_the_files_arrive_in_does_not_change_the_output()
    {
        var files = new[]
        {
            DataFile.Yaml("b.yaml", "tags:\n  - { id: b, name: B }\n"),
            DataFile.Yaml("a.yaml", "tags:\n  - { id: a, name: A }\n"),
            DataFile.Yaml("c/all.yaml", Samples.AllTypesData),
        };
        string forward = Sources(GenerateAll(files));
        string backward = Sources(GenerateAll(files.Reverse().ToArray()));
        Assert.Equal(forward, backward);
        Assert.Contains("DataImage", forward);
    }
}
