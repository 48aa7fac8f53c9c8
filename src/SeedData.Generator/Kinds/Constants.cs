using System;
using System.Globalization;

namespace SeedData.Generator.Kinds;

/// <summary>The constants of C# declarations (an optional parameter's default, an enum member's value) as the kinds read them.</summary>
internal static class Constants
{
    /// <summary>An integral constant as the bits of a long: how the image and the enum shapes hold integers and enum values (a ulong above long.MaxValue is negative).</summary>
    public static long Bits(object value) => value is ulong big ? unchecked((long)big) : Convert.ToInt64(value, CultureInfo.InvariantCulture);

    public static bool IsIntegral(object? value) => value is sbyte or byte or short or ushort or int or uint or long or ulong;
}
