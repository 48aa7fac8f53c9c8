using System;
using System.Globalization;
using System.Linq;
using Xunit;

namespace SeedData.Tests;

public class PartialDateTests
{
    [Theory]
    [InlineData("2025", DatePrecision.Year, "2025-01-01", "2025-12-31")]
    [InlineData("2025-11", DatePrecision.Month, "2025-11-01", "2025-11-30")]
    [InlineData("2024-02", DatePrecision.Month, "2024-02-01", "2024-02-29")]
    [InlineData("2025-11-25", DatePrecision.Day, "2025-11-25", "2025-11-25")]
    [InlineData("2025-11-27?", DatePrecision.Day, "2025-11-27", "2025-11-27")]
    [InlineData("2025-11~", DatePrecision.Month, "2025-11-01", "2025-11-30")]
    [InlineData("[2025-11-22..2025-11-23]", DatePrecision.Day, "2025-11-22", "2025-11-23")]
    public void Parses_the_supported_subset(string text, DatePrecision precision, string earliest, string latest)
    {
        var date = PartialDate.Parse(text, CultureInfo.InvariantCulture);
        Assert.Equal(precision, date.Precision);
        Assert.Equal(DateOnly.Parse(earliest, CultureInfo.InvariantCulture), date.Earliest);
        Assert.Equal(DateOnly.Parse(latest, CultureInfo.InvariantCulture), date.Latest);
        Assert.Equal(text, date.ToString());
    }

    [Fact]
    public void Qualifiers_are_kept()
    {
        Assert.True(PartialDate.Parse("2025-11-27?").IsUncertain);
        Assert.False(PartialDate.Parse("2025-11-27?").IsApproximate);
        Assert.True(PartialDate.Parse("2025-11~").IsApproximate);
        var both = PartialDate.Parse("2025%");
        Assert.True(both.IsApproximate && both.IsUncertain);
        Assert.True(PartialDate.Parse("[2025-11-22..2025-11-23]").IsRange);
        Assert.True(PartialDate.Parse("2025-11-25").IsExactDay);
        Assert.False(PartialDate.Parse("2025-11-25?").IsExactDay);
    }

    [Theory]
    [InlineData("")]
    [InlineData("25")]
    [InlineData("2025-13")]
    [InlineData("2025-02-30")]
    [InlineData("2025-1-5")]
    [InlineData("2025-11-25T10:00")]
    [InlineData("[2025-11-23..2025-11-22]")]
    [InlineData("[2025-11..2025-11-23]")]
    [InlineData("2025-11-25??")]
    [InlineData("Nov. 25")]
    public void Rejects_what_is_not_in_the_subset(string text)
    {
        Assert.Throws<FormatException>(() => PartialDate.Parse(text, null));
        Assert.False(PartialDate.TryParse(text, null, out _));
    }

    [Fact]
    public void Orders_by_earliest_then_latest()
    {
        var dates = new[] { "2025-11-27", "2025", "2025-11", "2014", "[2025-11-22..2025-11-23]", "2025-11-25", "2022-02" }
            .Select(d => PartialDate.Parse(d)).Order().Select(d => d.ToString()).ToArray();
        Assert.Equal(new[] { "2014", "2022-02", "2025", "2025-11", "[2025-11-22..2025-11-23]", "2025-11-25", "2025-11-27" }, dates);
        Assert.True(PartialDate.Parse("2025-11-25") < PartialDate.Parse("2025-11-27"));
        Assert.True(PartialDate.Parse("2025") <= PartialDate.Parse("2025-11"));
    }

    [Fact]
    public void Equality_is_by_canonical_text()
    {
        Assert.Equal(PartialDate.Parse("2025-11-25"), PartialDate.Parse(" 2025-11-25 "));
        Assert.NotEqual(PartialDate.Parse("2025-11-25"), PartialDate.Parse("2025-11-25?"));
        Assert.Equal(PartialDate.Parse("2025-11-25"), PartialDate.FromDay(new DateOnly(2025, 11, 25)));
        Assert.True(PartialDate.Parse("2025-11").Contains(new DateOnly(2025, 11, 25)));
        Assert.True(PartialDate.Parse("[2025-11-22..2025-11-23]").Overlaps(PartialDate.Parse("2025-11")));
    }

    [Fact]
    public void Parsing_does_not_depend_on_the_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("ar-SA");
            Assert.Equal("2025-11-25", PartialDate.Parse("2025-11-25", CultureInfo.CurrentCulture).ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
