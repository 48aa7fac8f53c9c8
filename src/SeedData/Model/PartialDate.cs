using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace SeedData;

/// <summary>
/// An honest date: as precise as the source supports and no more. A subset of the
/// Extended Date/Time Format (EDTF, ISO 8601-2):
/// <list type="bullet">
/// <item><description><c>2025</c>, <c>2025-11</c>, <c>2025-11-25</c>: a year, a month or a day.</description></item>
/// <item><description>a trailing <c>?</c> (uncertain), <c>~</c> (approximate) or <c>%</c> (both): <c>2025-11-27?</c>.</description></item>
/// <item><description><c>[2025-11-22..2025-11-23]</c>: one (unknown) day or month of a consecutive range, e.g. "last weekend".</description></item>
/// </list>
/// Whether a date was stated by the text or worked out from it is not part of the value:
/// records carry a separate <c>...InferredFrom</c> field with the basis of an inferred date.
/// </summary>
/// <remarks>
/// Instances are immutable. Equality is by canonical text; ordering (<see cref="CompareTo"/>)
/// is by <see cref="Earliest"/>, then <see cref="Latest"/>, then canonical text.
/// </remarks>
[SeedDataPackageColumn("An EDTF date (ISO 8601-2): 2025, 2025-11, 2025-11-25; a trailing ? uncertain, ~ approximate, % both; [a..b] one day between a and b.")]
public sealed class PartialDate : IEquatable<PartialDate>, IComparable<PartialDate>, IComparable, IParsable<PartialDate>
{
    private readonly string text;

    private PartialDate(string text, DatePrecision precision, DateOnly earliest, DateOnly latest, bool isApproximate, bool isUncertain, bool isRange)
    {
        this.text = text;
        Precision = precision;
        Earliest = earliest;
        Latest = latest;
        IsApproximate = isApproximate;
        IsUncertain = isUncertain;
        IsRange = isRange;
    }

    /// <summary>The finest unit the date states: year, month or day (for a range, the unit of its ends).</summary>
    public DatePrecision Precision { get; }

    /// <summary>The first day the date can denote.</summary>
    [SeedDataPackageColumn("The first day '{0}' can denote (derived from it).")]
    public DateOnly Earliest { get; }

    /// <summary>The last day the date can denote.</summary>
    [SeedDataPackageColumn("The last day '{0}' can denote (derived from it).")]
    public DateOnly Latest { get; }

    /// <summary>True for <c>~</c> or <c>%</c>: the date is approximate ("around").</summary>
    public bool IsApproximate { get; }

    /// <summary>True for <c>?</c> or <c>%</c>: the date is uncertain (possibly wrong).</summary>
    public bool IsUncertain { get; }

    /// <summary>True for <c>[a..b]</c>: one unknown date between <c>a</c> and <c>b</c>.</summary>
    public bool IsRange { get; }

    /// <summary>True when the date denotes exactly one known day without qualifier.</summary>
    public bool IsExactDay => Precision == DatePrecision.Day && !IsRange && !IsApproximate && !IsUncertain;

    /// <summary>Creates a day-precision date.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The date, e.g. <c>2025-11-25</c>.</returns>
    public static PartialDate FromDay(DateOnly date) => Parse(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>Whether <paramref name="day"/> is one of the days this date can denote.</summary>
    /// <param name="day">The day to test.</param>
    /// <returns>True when <see cref="Earliest"/> &lt;= day &lt;= <see cref="Latest"/>.</returns>
    public bool Contains(DateOnly day) => Earliest <= day && day <= Latest;

    /// <summary>Whether the two dates can denote a common day.</summary>
    /// <param name="other">The other date.</param>
    /// <returns>True when their day spans overlap.</returns>
    public bool Overlaps(PartialDate other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Earliest <= other.Latest && other.Earliest <= Latest;
    }

    /// <summary>Parses an EDTF string of the supported subset.</summary>
    /// <param name="s">The text, e.g. <c>2025-11-25</c>, <c>2025-11~</c>, <c>[2025-11-22..2025-11-23]</c>.</param>
    /// <returns>The date.</returns>
    /// <exception cref="FormatException">The text is not in the supported subset.</exception>
    public static PartialDate Parse(string s) => Parse(s, null);

    /// <summary>Parses an EDTF string of the supported subset (the format provider is ignored: EDTF is culture-invariant).</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The date.</returns>
    /// <exception cref="FormatException">The text is not in the supported subset.</exception>
    public static PartialDate Parse(string s, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        if (TryParse(s, provider, out var result, out var error))
        {
            return result;
        }

        throw new FormatException($"'{s}' is not a supported EDTF date: {error}");
    }

    /// <summary>Tries to parse an EDTF string of the supported subset.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The date, when the text is valid.</param>
    /// <returns>Whether the text is valid.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out PartialDate result)
        => TryParse(s, provider, out result, out _);

    private static bool TryParse(string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out PartialDate result, out string error)
    {
        _ = provider;
        result = null;
        if (s is null)
        {
            error = "null";
            return false;
        }

        var t = s.Trim();
        if (t.Length == 0)
        {
            error = "empty";
            return false;
        }

        if (t[0] == '[')
        {
            if (t[^1] != ']')
            {
                error = "a range must end with ']'";
                return false;
            }

            var inner = t[1..^1];
            var sep = inner.IndexOf("..", StringComparison.Ordinal);
            if (sep < 0)
            {
                error = "a range must be written [a..b]";
                return false;
            }

            if (!TryParseSimple(inner[..sep], out var lo, out var loPrecision, out error) ||
                !TryParseSimple(inner[(sep + 2)..], out var hi, out var hiPrecision, out error))
            {
                return false;
            }

            if (loPrecision != hiPrecision)
            {
                error = "both ends of a range must have the same precision";
                return false;
            }

            if (lo.Earliest >= hi.Earliest)
            {
                error = "the start of a range must be before its end";
                return false;
            }

            result = new PartialDate("[" + lo.Text + ".." + hi.Text + "]", loPrecision, lo.Earliest, hi.Latest, false, false, true);
            return true;
        }

        var approximate = false;
        var uncertain = false;
        switch (t[^1])
        {
            case '?':
                uncertain = true;
                t = t[..^1];
                break;
            case '~':
                approximate = true;
                t = t[..^1];
                break;
            case '%':
                uncertain = true;
                approximate = true;
                t = t[..^1];
                break;
        }

        if (!TryParseSimple(t, out var span, out var precision, out error))
        {
            return false;
        }

        var suffix = approximate && uncertain ? "%" : approximate ? "~" : uncertain ? "?" : "";
        result = new PartialDate(span.Text + suffix, precision, span.Earliest, span.Latest, approximate, uncertain, false);
        return true;
    }

    private readonly record struct Span(string Text, DateOnly Earliest, DateOnly Latest);

    private static bool TryParseSimple(string t, out Span span, out DatePrecision precision, out string error)
    {
        span = default;
        precision = DatePrecision.Year;
        var parts = t.Split('-');
        if (parts.Length is < 1 or > 3)
        {
            error = "expected YYYY, YYYY-MM or YYYY-MM-DD";
            return false;
        }

        if (parts[0].Length != 4 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1)
        {
            error = "the year must have four digits";
            return false;
        }

        if (parts.Length == 1)
        {
            span = new Span(parts[0], new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            precision = DatePrecision.Year;
            error = "";
            return true;
        }

        if (parts[1].Length != 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month) || month is < 1 or > 12)
        {
            error = "the month must have two digits, 01 to 12";
            return false;
        }

        var lastDay = DateTime.DaysInMonth(year, month);
        if (parts.Length == 2)
        {
            span = new Span(t, new DateOnly(year, month, 1), new DateOnly(year, month, lastDay));
            precision = DatePrecision.Month;
            error = "";
            return true;
        }

        if (parts[2].Length != 2 || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var day) || day < 1 || day > lastDay)
        {
            error = "the day must have two digits and exist in its month";
            return false;
        }

        var date = new DateOnly(year, month, day);
        span = new Span(t, date, date);
        precision = DatePrecision.Day;
        error = "";
        return true;
    }

    /// <summary>The canonical EDTF text, e.g. <c>2025-11-25</c> or <c>2025-11-27?</c>.</summary>
    /// <returns>The EDTF text.</returns>
    public override string ToString() => text;

    /// <inheritdoc />
    public bool Equals(PartialDate? other) => other is not null && string.Equals(text, other.text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PartialDate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(text);

    /// <summary>Orders by <see cref="Earliest"/>, then <see cref="Latest"/>, then canonical text; null sorts first.</summary>
    /// <param name="other">The other date.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(PartialDate? other)
    {
        if (other is null)
        {
            return 1;
        }

        var c = Earliest.CompareTo(other.Earliest);
        if (c != 0)
        {
            return c;
        }

        c = Latest.CompareTo(other.Latest);
        return c != 0 ? c : string.CompareOrdinal(text, other.text);
    }

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        PartialDate other => CompareTo(other),
        _ => throw new ArgumentException("Not a PartialDate.", nameof(obj)),
    };

    /// <summary>Equality by canonical text.</summary>
    /// <param name="left">A date or null.</param>
    /// <param name="right">A date or null.</param>
    /// <returns>Whether both are null or equal.</returns>
    public static bool operator ==(PartialDate? left, PartialDate? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality by canonical text.</summary>
    /// <param name="left">A date or null.</param>
    /// <param name="right">A date or null.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(PartialDate? left, PartialDate? right) => !(left == right);

    /// <summary>Ordering as <see cref="CompareTo(PartialDate?)"/>.</summary>
    /// <param name="left">A date.</param>
    /// <param name="right">A date.</param>
    /// <returns>Whether left sorts before right.</returns>
    public static bool operator <(PartialDate? left, PartialDate? right) => left is null ? right is not null : left.CompareTo(right) < 0;

    /// <summary>Ordering as <see cref="CompareTo(PartialDate?)"/>.</summary>
    /// <param name="left">A date.</param>
    /// <param name="right">A date.</param>
    /// <returns>Whether left sorts after right.</returns>
    public static bool operator >(PartialDate? left, PartialDate? right) => left is not null && left.CompareTo(right) > 0;

    /// <summary>Ordering as <see cref="CompareTo(PartialDate?)"/>.</summary>
    /// <param name="left">A date.</param>
    /// <param name="right">A date.</param>
    /// <returns>Whether left sorts before or equal to right.</returns>
    public static bool operator <=(PartialDate? left, PartialDate? right) => !(left > right);

    /// <summary>Ordering as <see cref="CompareTo(PartialDate?)"/>.</summary>
    /// <param name="left">A date.</param>
    /// <param name="right">A date.</param>
    /// <returns>Whether left sorts after or equal to right.</returns>
    public static bool operator >=(PartialDate? left, PartialDate? right) => !(left < right);
}
