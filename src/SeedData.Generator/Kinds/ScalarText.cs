using System;
using System.Globalization;

namespace SeedData.Generator.Kinds;

/// <summary>
/// The text rules the scalar kinds share. They run once per value of large files, so they are written out rather
/// than left to regexes.
/// </summary>
internal static class ScalarText
{
    /// <summary>
    /// A whole number: digits, or a number that is whole however it is written (JSON writes 1e3 or 1000.0 for
    /// 1000), as far as a long holds it.
    /// </summary>
    public static bool TryWholeNumber(string text, out long value, out bool tooLarge)
    {
        tooLarge = false;
        if (IsInteger(text))
        {
            if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value)) return true;
            tooLarge = true;
            return false;
        }
        value = 0;
        if (!IsReal(text)) return false;
        if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal number))
        {
            // Too large or too small for a decimal: whole only if the exponent is positive, and then too large.
            tooLarge = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) && Math.Abs(d) >= 1;
            return false;
        }
        if (number != decimal.Truncate(number)) return false;
        if (number < long.MinValue || number > long.MaxValue)
        {
            tooLarge = true;
            return false;
        }
        value = (long)number;
        return true;
    }

    /// <summary><c>[-+]?[0-9]+</c></summary>
    public static bool IsInteger(string text)
    {
        int i = text.Length > 0 && text[0] is '-' or '+' ? 1 : 0;
        if (i == text.Length) return false;
        for (; i < text.Length; i++)
        {
            if (text[i] is < '0' or > '9') return false;
        }
        return true;
    }

    /// <summary><c>[-+]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][-+]?[0-9]+)?</c></summary>
    public static bool IsReal(string text)
    {
        int i = text.Length > 0 && text[0] is '-' or '+' ? 1 : 0;
        int integer = SkipDigits(text, ref i), fraction = 0;
        if (i < text.Length && text[i] == '.')
        {
            i++;
            fraction = SkipDigits(text, ref i);
        }
        if (integer == 0 && fraction == 0) return false;
        if (i < text.Length && text[i] is 'e' or 'E')
        {
            i++;
            if (i < text.Length && text[i] is '-' or '+') i++;
            if (SkipDigits(text, ref i) == 0) return false;
        }
        return i == text.Length;
    }

    /// <summary><c>[0-9]{4}-[0-9]{2}-[0-9]{2}</c></summary>
    public static bool IsDate(string text)
    {
        if (text.Length != 10 || text[4] != '-' || text[7] != '-') return false;
        for (int i = 0; i < 10; i++)
        {
            if (i is not (4 or 7) && text[i] is < '0' or > '9') return false;
        }
        return true;
    }

    public static int SkipDigits(string text, ref int i)
    {
        int start = i;
        while (i < text.Length && text[i] is >= '0' and <= '9') i++;
        return i - start;
    }

    public static int Digits(string text, int start, int count)
    {
        int value = 0;
        for (int i = start; i < start + count; i++) value = value * 10 + (text[i] - '0');
        return value;
    }

    /// <summary>An integral constant as the bits of a long: how the image and the enum shapes hold integers and enum values (a ulong above long.MaxValue is negative).</summary>
    public static long Bits(object value) => value is ulong big ? unchecked((long)big) : Convert.ToInt64(value, CultureInfo.InvariantCulture);

    public static bool IsIntegral(object? value) => value is sbyte or byte or short or ushort or int or uint or long or ulong;
}
