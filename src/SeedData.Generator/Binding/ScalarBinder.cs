using System;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using SeedData.Generator.Declarations;
using SeedData.Generator.Parsing;

namespace SeedData.Generator.Binding;

/// <summary>The outcome of reading one scalar: a value, or why it was refused.</summary>
internal readonly record struct ScalarResult(BoundValue? Value, ScalarProblem Problem, string Detail)
{
    public static ScalarResult Ok(BoundValue value) => new(value, ScalarProblem.None, string.Empty);
    public static ScalarResult WrongType(string hint) => new(null, ScalarProblem.WrongType, hint);
    public static ScalarResult OutOfRange(string detail) => new(null, ScalarProblem.OutOfRange, detail);
    public static ScalarResult UnknownEnum() => new(null, ScalarProblem.UnknownEnumMember, string.Empty);
}

internal enum ScalarProblem
{
    None,
    WrongType,
    OutOfRange,
    UnknownEnumMember,
}

/// <summary>
/// Reads scalar text as the declared type, culture-invariantly. Numbers, booleans and nulls must be plain
/// (unquoted); text may be written any way.
/// </summary>
internal static class ScalarBinder
{
    private static readonly Regex Integer = new(@"^[-+]?[0-9]+$", RegexOptions.CultureInvariant);
    private static readonly Regex Real = new(@"^[-+]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant);
    private static readonly Regex Date = new(@"^([0-9]{4})-([0-9]{2})-([0-9]{2})$", RegexOptions.CultureInvariant);
    private static readonly Regex DateTime = new(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,7})?)?(Z|[-+][0-9]{2}:[0-9]{2})$", RegexOptions.CultureInvariant);

    public static ScalarResult Bind(DataNode node, TypeShape type)
    {
        string text = node.Value ?? string.Empty;
        bool plain = node.Style == ScalarStyle.Plain;
        const string Unquote = "Write it without quotes.";
        switch (type.Kind)
        {
            case TypeShapeKind.String:
                return ScalarResult.Ok(new BoundString(text));

            case TypeShapeKind.Boolean:
                if (plain && text is "true" or "false") return ScalarResult.Ok(new BoundBoolean(text == "true"));
                return ScalarResult.WrongType(plain ? "Write true or false." : Unquote);

            case TypeShapeKind.Int32:
            case TypeShapeKind.Int64:
                if (!plain || !Integer.IsMatch(text)) return ScalarResult.WrongType(plain ? "Write a whole number such as 42." : Unquote);
                if (type.Kind == TypeShapeKind.Int32)
                {
                    return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int i32)
                        ? ScalarResult.Ok(new BoundNumber(type.Kind, i32.ToString(CultureInfo.InvariantCulture)))
                        : ScalarResult.OutOfRange("an int holds -2147483648 to 2147483647. Use a smaller number or declare the parameter as long.");
                }
                return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long i64)
                    ? ScalarResult.Ok(new BoundNumber(type.Kind, i64.ToString(CultureInfo.InvariantCulture)))
                    : ScalarResult.OutOfRange("a long holds -9223372036854775808 to 9223372036854775807. Use a smaller number or declare the parameter as decimal.");

            case TypeShapeKind.Double:
                if (!plain || !Real.IsMatch(text)) return ScalarResult.WrongType(plain ? "Write a number such as 1.5." : Unquote);
                double d = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
                return double.IsInfinity(d)
                    ? ScalarResult.OutOfRange("it is too large for a double.")
                    : ScalarResult.Ok(new BoundNumber(type.Kind, d.ToString("R", CultureInfo.InvariantCulture)));

            case TypeShapeKind.Decimal:
                if (!plain || !Real.IsMatch(text)) return ScalarResult.WrongType(plain ? "Write a number such as 1.5." : Unquote);
                return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal m)
                    ? ScalarResult.Ok(new BoundNumber(type.Kind, m.ToString(CultureInfo.InvariantCulture)))
                    : ScalarResult.OutOfRange("it does not fit in a decimal (about ±7.9e28, 28 digits).");

            case TypeShapeKind.Enum:
                var member = type.EnumMembers.FirstOrDefault(e => e.Spelling == text);
                return member is null ? ScalarResult.UnknownEnum() : ScalarResult.Ok(new BoundEnum(type.TypeName, member.Name));

            case TypeShapeKind.DateOnly:
            {
                var match = Date.Match(text);
                if (!match.Success) return ScalarResult.WrongType("Write the date as yyyy-MM-dd, e.g. 2025-11-25.");
                int year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
                int month = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
                int day = int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture);
                if (year < 1 || month < 1 || month > 12 || day < 1 || day > System.DateTime.DaysInMonth(year, month))
                    return ScalarResult.OutOfRange("there is no such day in the calendar.");
                return ScalarResult.Ok(new BoundDate(year, month, day));
            }

            case TypeShapeKind.DateTimeOffset:
                if (!DateTime.IsMatch(text)) return ScalarResult.WrongType("Write the date and time with an offset, e.g. 2025-11-25T14:30:00Z or 2025-11-25T14:30:00+02:00.");
                if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out DateTimeOffset moment))
                    return ScalarResult.OutOfRange("there is no such date and time.");
                return ScalarResult.Ok(new BoundDateTimeOffset(moment.Ticks, (int)moment.Offset.TotalMinutes, moment.ToString("o", CultureInfo.InvariantCulture)));

            case TypeShapeKind.Uri:
                return Uri.TryCreate(text, UriKind.Absolute, out _)
                    ? ScalarResult.Ok(new BoundUri(text))
                    : ScalarResult.WrongType("Write an absolute URI such as https://example.org/page.");

            case TypeShapeKind.Parsable:
                return ScalarResult.Ok(new BoundParse(type.TypeName, text));

            default:
                return ScalarResult.WrongType(string.Empty);
        }
    }
}
