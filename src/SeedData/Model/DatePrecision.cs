namespace SeedData;

/// <summary>The finest unit a <see cref="PartialDate"/> states.</summary>
public enum DatePrecision
{
    /// <summary>A year: <c>2025</c>.</summary>
    Year,

    /// <summary>A month: <c>2025-11</c>.</summary>
    Month,

    /// <summary>A day: <c>2025-11-25</c>.</summary>
    Day,
}
