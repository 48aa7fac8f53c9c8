using System;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using SeedData.Generator.Declarations;
using SeedData.Generator.Image;
using SeedData.Generator.Model;
using SeedData.Generator.Parsing;

namespace SeedData.Generator.Binding;

/// <summary>The outcome of reading one scalar: written, or why it was refused.</summary>
internal readonly record struct ScalarResult(ScalarProblem Problem, string Detail)
{
    public static readonly ScalarResult Ok = new(ScalarProblem.None, string.Empty);
    public static ScalarResult WrongType(string hint) => new(ScalarProblem.WrongType, hint);
    public static ScalarResult OutOfRange(string detail) => new(ScalarProblem.OutOfRange, detail);
    public static readonly ScalarResult UnknownEnum = new(ScalarProblem.UnknownEnumMember, string.Empty);
}

internal enum ScalarProblem
{
    None,
    WrongType,
    OutOfRange,
    UnknownEnumMember,
}

/// <summary>
/// Reads scalar text as the declared type, culture-invariantly, and writes it to the image. Numbers, booleans and
/// nulls must be plain (unquoted); text may be written any way.
/// </summary>
internal static class ScalarBinder
{
    private static readonly Regex DateTime = new(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,7})?)?(Z|[-+][0-9]{2}:[0-9]{2})$", RegexOptions.CultureInvariant);

    [MethodImpl(Jit.Optimized)]
    public static ScalarResult Write(DataNode node, TypeShape type, ImageWriter writer)
    {
        string text = node.Value ?? string.Empty;
        bool plain = node.Style == ScalarStyle.Plain;
        const string Unquote = "Write it without quotes.";
        switch (type.Kind)
        {
            case TypeShapeKind.String:
            case TypeShapeKind.Parsable:
                // A project's own scalar is parsed by its Parse method when the data is first used.
                writer.WriteString(text);
                return ScalarResult.Ok;

            case TypeShapeKind.Boolean:
                if (!plain || text is not ("true" or "false")) return ScalarResult.WrongType(plain ? "Write true or false." : Unquote);
                writer.WriteFlag(text == "true");
                return ScalarResult.Ok;

            case TypeShapeKind.Int32:
            case TypeShapeKind.Int64:
            {
                if (!plain) return ScalarResult.WrongType(Unquote);
                if (!TryWholeNumber(text, out long whole, out bool tooLarge))
                {
                    return tooLarge
                        ? ScalarResult.OutOfRange(type.Kind == TypeShapeKind.Int32
                            ? "an int holds -2147483648 to 2147483647. Use a smaller number or declare the parameter as long."
                            : "a long holds -9223372036854775808 to 9223372036854775807. Use a smaller number or declare the parameter as decimal.")
                        : ScalarResult.WrongType("Write a whole number such as 42.");
                }
                if (type.Kind == TypeShapeKind.Int32 && whole is < int.MinValue or > int.MaxValue)
                    return ScalarResult.OutOfRange("an int holds -2147483648 to 2147483647. Use a smaller number or declare the parameter as long.");
                writer.WriteZigZag(whole);
                return ScalarResult.Ok;
            }

            case TypeShapeKind.Double:
                if (!plain || !IsReal(text)) return ScalarResult.WrongType(plain ? "Write a number such as 1.5." : Unquote);
                double d = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
                if (double.IsInfinity(d)) return ScalarResult.OutOfRange("it is too large for a double.");
                writer.WriteDouble(d);
                return ScalarResult.Ok;

            case TypeShapeKind.Decimal:
                if (!plain || !IsReal(text)) return ScalarResult.WrongType(plain ? "Write a number such as 1.5." : Unquote);
                if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal m))
                    return ScalarResult.OutOfRange("it does not fit in a decimal (about ±7.9e28, 28 digits).");
                writer.WriteDecimal(m);
                return ScalarResult.Ok;

            case TypeShapeKind.Enum:
                foreach (var member in type.EnumMembers)
                {
                    if (member.Spelling == text)
                    {
                        writer.WriteZigZag(member.Value);
                        return ScalarResult.Ok;
                    }
                }
                return ScalarResult.UnknownEnum;

            case TypeShapeKind.DateOnly:
            {
                if (!IsDate(text)) return ScalarResult.WrongType("Write the date as yyyy-MM-dd, e.g. 2025-11-25.");
                int year = Digits(text, 0, 4), month = Digits(text, 5, 2), day = Digits(text, 8, 2);
                if (year < 1 || month < 1 || month > 12 || day < 1 || day > System.DateTime.DaysInMonth(year, month))
                    return ScalarResult.OutOfRange("there is no such day in the calendar.");
                // DateOnly.DayNumber: days since 0001-01-01.
                writer.WriteVarint((ulong)(new System.DateTime(year, month, day).Ticks / TimeSpan.TicksPerDay));
                return ScalarResult.Ok;
            }

            case TypeShapeKind.DateTimeOffset:
                if (!DateTime.IsMatch(text)) return ScalarResult.WrongType("Write the date and time with an offset, e.g. 2025-11-25T14:30:00Z or 2025-11-25T14:30:00+02:00.");
                if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out DateTimeOffset moment))
                    return ScalarResult.OutOfRange("there is no such date and time.");
                writer.WriteVarint((ulong)moment.Ticks);
                writer.WriteZigZag((long)moment.Offset.TotalMinutes);
                return ScalarResult.Ok;

            case TypeShapeKind.Uri:
                if (!Uri.TryCreate(text, UriKind.Absolute, out _)) return ScalarResult.WrongType("Write an absolute URI such as https://example.org/page.");
                writer.WriteString(text);
                return ScalarResult.Ok;

            default:
                return ScalarResult.WrongType(string.Empty);
        }
    }

    // The checks below run once per value of large files, so they are written out rather than left to regexes.

    /// <summary>
    /// A whole number: digits, or a number that is whole however it is written (JSON writes 1e3 or 1000.0 for
    /// 1000), as far as a long holds it.
    /// </summary>
    private static bool TryWholeNumber(string text, out long value, out bool tooLarge)
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
    private static bool IsInteger(string text)
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
    private static bool IsReal(string text)
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
    private static bool IsDate(string text)
    {
        if (text.Length != 10 || text[4] != '-' || text[7] != '-') return false;
        for (int i = 0; i < 10; i++)
        {
            if (i is not (4 or 7) && text[i] is < '0' or > '9') return false;
        }
        return true;
    }

    private static int SkipDigits(string text, ref int i)
    {
        int start = i;
        while (i < text.Length && text[i] is >= '0' and <= '9') i++;
        return i - start;
    }

    private static int Digits(string text, int start, int count)
    {
        int value = 0;
        for (int i = start; i < start + count; i++) value = value * 10 + (text[i] - '0');
        return value;
    }
}
