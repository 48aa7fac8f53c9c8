using System;
using System.Globalization;
using System.Linq;
using System.Threading;
using SeedData.Generator.Tests.Infrastructure;
using Xunit;

namespace SeedData.Generator.Tests;

/// <summary>The same inputs give byte-identical generated code, whatever the culture.</summary>
public sealed class DeterminismTests
{
    private static string GenerateAll()
    {
        var output = GeneratorHarness.Run(new[] { Samples.AllTypesRecords }, DataFile.Yaml("all.yaml", Samples.AllTypesData));
        Assert.Empty(output.GeneratorDiagnostics);
        return string.Join("\n////\n", output.Sources.OrderBy(s => s.HintName, StringComparer.Ordinal).Select(s => s.HintName + "\n" + s.Text));
    }

    private static string GenerateIn(string culture)
    {
        var (previous, previousUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
            return GenerateAll();
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
    public void Generated_code_is_byte_identical_under_any_culture(string culture)
    {
        string invariant = GenerateIn("");
        string other = GenerateIn(culture);
        Assert.Equal(invariant, other);
        // The decimal separator must not follow the culture.
        Assert.Contains("19.99M", other);
        Assert.Contains("0.1D", other);
    }

    [Fact]
    public void Repeated_runs_give_identical_output()
    {
        Assert.Equal(GenerateAll(), GenerateAll());
    }
}
