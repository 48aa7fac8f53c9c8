namespace SeedData.Generator.Runtime;

internal static partial class SeedDataRuntime
{
    // The rules of each scalar kind's text, in one place: the generator's binder checks data files with them, and the
    // generated ReadJson checks documents with them, so the two accept exactly the same values. Each takes the text
    // of a scalar and whether it was plain (unquoted: a YAML plain scalar, a JSON number, true or false), and says
    // Ok, WrongType (not this kind's spelling) or OutOfRange (its spelling, but no such value). They are written out
    // rather than left to regexes: they run once per value of large files.

    #region ScalarCheck
    /// <summary>What a scalar rule found.</summary>
    internal enum ScalarCheck
    {
        Ok,
        WrongType,
        OutOfRange,
    }
    #endregion

    #region ScalarRules (uses ScalarCheck)
    internal static class ScalarRules
    {
        private static readonly global::System.Globalization.CultureInfo Invariant = global::System.Globalization.CultureInfo.InvariantCulture;

        /// <summary>
        /// A whole number between <paramref name="min"/> and <paramref name="max"/>: plain, and whole however it is
        /// written (JSON writes 1e3 or 1000.0 for 1000). Exact: the digits are counted, never rounded, so 0.1e-30 is
        /// not a whole number and 1e-400 is not 0.
        /// </summary>
        internal static ScalarCheck Whole(string text, bool plain, decimal min, decimal max, out decimal value)
        {
            value = 0;
            if (!plain || !Number(text, out bool negative, out string digits, out long point)) return ScalarCheck.WrongType;
            if (digits.Length == 0) return ScalarCheck.Ok;
            if (digits.Length > point) return ScalarCheck.WrongType;
            // A decimal holds 28 digits and more; every whole kind fits in 20.
            if (point > 28) return ScalarCheck.OutOfRange;
            value = decimal.Parse(digits + new string('0', (int)point - digits.Length), global::System.Globalization.NumberStyles.None, Invariant);
            if (negative) value = -value;
            return value < min || value > max ? ScalarCheck.OutOfRange : ScalarCheck.Ok;
        }

        /// <summary>A binary floating-point number (double, or float with <paramref name="single"/>): plain, finite, and not a non-zero value that rounds to 0.</summary>
        internal static ScalarCheck Real(string text, bool plain, bool single, out double value)
        {
            value = 0;
            if (!plain || !Number(text, out _, out string digits, out _)) return ScalarCheck.WrongType;
            value = double.Parse(text, global::System.Globalization.NumberStyles.Float, Invariant);
            if (single) value = (float)value;
            if (double.IsInfinity(value) || (value == 0 && digits.Length > 0)) return ScalarCheck.OutOfRange;
            return ScalarCheck.Ok;
        }

        /// <summary>
        /// A decimal: plain, and held exactly, so no digit is rounded away: at most 28 digits after the point, and its
        /// digits as one whole number (trailing zeros of a whole number included) at most 79228162514264337593543950335,
        /// the largest a decimal holds.
        /// </summary>
        internal static ScalarCheck Decimal(string text, bool plain, out decimal value)
        {
            value = 0;
            if (!plain || !Number(text, out _, out string digits, out long point)) return ScalarCheck.WrongType;
            if (digits.Length > 0)
            {
                if (point > 29 || digits.Length - point > 28) return ScalarCheck.OutOfRange;
                int length = (int)global::System.Math.Max(digits.Length, point);
                // Compared as digits: decimal.Parse would round a 29th digit past the largest mantissa, not refuse it.
                if (length > 29 || length == 29 && string.CompareOrdinal(digits + new string('0', length - digits.Length), LargestMantissa) > 0) return ScalarCheck.OutOfRange;
            }
            return decimal.TryParse(text, global::System.Globalization.NumberStyles.Float, Invariant, out value) ? ScalarCheck.Ok : ScalarCheck.OutOfRange;
        }

        /// <summary>The largest whole number a decimal's 96 bits hold: decimal.MaxValue's digits.</summary>
        private const string LargestMantissa = "79228162514264337593543950335";

        /// <summary>
        /// <c>[-+]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][-+]?[0-9]+)?</c>, taken apart: its significant digits (no leading or
        /// trailing zeros; empty for zero) and where the point falls after them (the number is 0.<c>digits</c> × 10^<c>point</c>).
        /// </summary>
        internal static bool Number(string text, out bool negative, out string digits, out long point)
        {
            negative = false;
            digits = string.Empty;
            point = 0;
            int i = 0;
            if (i < text.Length && text[i] is '-' or '+') negative = text[i++] == '-';
            int integerStart = i;
            while (i < text.Length && text[i] is >= '0' and <= '9') i++;
            int integerEnd = i, fractionStart = i, fractionEnd = i;
            if (i < text.Length && text[i] == '.')
            {
                fractionStart = ++i;
                while (i < text.Length && text[i] is >= '0' and <= '9') i++;
                fractionEnd = i;
            }
            if (integerEnd == integerStart && fractionEnd == fractionStart) return false;
            long exponent = 0;
            if (i < text.Length && text[i] is 'e' or 'E')
            {
                i++;
                bool negativeExponent = false;
                if (i < text.Length && text[i] is '-' or '+') negativeExponent = text[i++] == '-';
                int exponentStart = i;
                // Saturates: an exponent of a million digits is as far out of every range as one of ten.
                while (i < text.Length && text[i] is >= '0' and <= '9') exponent = global::System.Math.Min(exponent * 10 + (text[i++] - '0'), 1_000_000_000L);
                if (i == exponentStart) return false;
                if (negativeExponent) exponent = -exponent;
            }
            if (i != text.Length) return false;
            string all = text.Substring(integerStart, integerEnd - integerStart) + text.Substring(fractionStart, fractionEnd - fractionStart);
            int first = 0;
            while (first < all.Length && all[first] == '0') first++;
            int last = all.Length;
            while (last > first && all[last - 1] == '0') last--;
            digits = all.Substring(first, last - first);
            point = integerEnd - integerStart - first + exponent;
            return true;
        }

        /// <summary><c>yyyy-MM-dd</c>, a day of the calendar: its day number (days since 0001-01-01, as <c>DateOnly.DayNumber</c>).</summary>
        internal static ScalarCheck Date(string text, out int dayNumber)
        {
            dayNumber = 0;
            if (text.Length != 10 || !Digits(text, 0, 4, out int year) || text[4] != '-' || !Digits(text, 5, 2, out int month) || text[7] != '-' || !Digits(text, 8, 2, out int day))
                return ScalarCheck.WrongType;
            if (year < 1 || month < 1 || month > 12 || day < 1 || day > global::System.DateTime.DaysInMonth(year, month)) return ScalarCheck.OutOfRange;
            dayNumber = (int)(new global::System.DateTime(year, month, day).Ticks / global::System.TimeSpan.TicksPerDay);
            return ScalarCheck.Ok;
        }

        /// <summary><c>HH:mm[:ss[.fffffff]]</c>, a time of day from 00:00 to 23:59:59.9999999: its ticks since midnight.</summary>
        internal static ScalarCheck Time(string text, out long ticks) => Clock(text, 0, text.Length, out ticks);

        /// <summary>
        /// <c>yyyy-MM-ddTHH:mm[:ss[.fffffff]]</c> and a zone: <c>Z</c>, or <c>+hh:mm</c>/<c>-hh:mm</c> (up to 14:00), or
        /// none. <paramref name="offsetMinutes"/> is null for no zone, 0 for <c>Z</c>, and <paramref name="utc"/> true for <c>Z</c>.
        /// </summary>
        internal static ScalarCheck Moment(string text, out long clockTicks, out int? offsetMinutes, out bool utc)
        {
            clockTicks = 0;
            offsetMinutes = null;
            utc = false;
            if (text.Length < 16 || text[10] != 'T') return ScalarCheck.WrongType;
            int end = text.Length;
            if (text[end - 1] == 'Z')
            {
                offsetMinutes = 0;
                utc = true;
                end--;
            }
            else if (end >= 22 && text[end - 6] is '+' or '-' && text[end - 3] == ':' && Digits(text, end - 5, 2, out int hours) && Digits(text, end - 2, 2, out int minutes))
            {
                if (hours > 14 || minutes > 59 || (hours == 14 && minutes > 0)) return ScalarCheck.OutOfRange;
                offsetMinutes = (text[end - 6] == '-' ? -1 : 1) * (hours * 60 + minutes);
                end -= 6;
            }
            var date = Date(text.Substring(0, 10), out int dayNumber);
            if (date != ScalarCheck.Ok) return date;
            var clock = Clock(text, 11, end, out long time);
            if (clock != ScalarCheck.Ok) return clock;
            clockTicks = (long)dayNumber * global::System.TimeSpan.TicksPerDay + time;
            if (offsetMinutes is { } offset)
            {
                // As a DateTimeOffset requires: the moment in UTC within the calendar.
                long universal = clockTicks - offset * global::System.TimeSpan.TicksPerMinute;
                if (universal < 0 || universal > global::System.DateTime.MaxValue.Ticks) return ScalarCheck.OutOfRange;
            }
            return ScalarCheck.Ok;
        }

        /// <summary>
        /// A duration as .NET's constant ("c") format writes it: <c>[-][d.]hh:mm:ss[.fffffff]</c>, hours below 24 and
        /// minutes and seconds below 60: its ticks.
        /// </summary>
        internal static ScalarCheck Duration(string text, out long ticks)
        {
            ticks = 0;
            int i = 0;
            bool negative = text.Length > 0 && text[0] == '-';
            if (negative) i++;
            long days = 0;
            int dot = text.IndexOf('.', i), colon = text.IndexOf(':', i);
            if (dot >= 0 && (colon < 0 || dot < colon))
            {
                if (dot == i || dot - i > 8) return ScalarCheck.WrongType;
                for (int d = i; d < dot; d++)
                {
                    if (text[d] is < '0' or > '9') return ScalarCheck.WrongType;
                    days = days * 10 + (text[d] - '0');
                }
                i = dot + 1;
            }
            if (text.Length - i < 8) return ScalarCheck.WrongType;
            var clock = Clock(text, i, text.Length, out long time, secondsRequired: true);
            if (clock != ScalarCheck.Ok) return clock;
            decimal total = days * (decimal)global::System.TimeSpan.TicksPerDay + time;
            if (total > long.MaxValue) return ScalarCheck.OutOfRange;
            ticks = negative ? -(long)total : (long)total;
            return ScalarCheck.Ok;
        }

        /// <summary><c>HH:mm[:ss[.fffffff]]</c> from <paramref name="start"/> to <paramref name="end"/>, within a day.</summary>
        private static ScalarCheck Clock(string text, int start, int end, out long ticks, bool secondsRequired = false)
        {
            ticks = 0;
            int length = end - start;
            if (length < 5 || !Digits(text, start, 2, out int hours) || text[start + 2] != ':' || !Digits(text, start + 3, 2, out int minutes)) return ScalarCheck.WrongType;
            int seconds = 0;
            long fraction = 0;
            if (length == 5)
            {
                if (secondsRequired) return ScalarCheck.WrongType;
            }
            else
            {
                if (length < 8 || text[start + 5] != ':' || !Digits(text, start + 6, 2, out seconds)) return ScalarCheck.WrongType;
                if (length > 8)
                {
                    int digits = length - 9;
                    if (text[start + 8] != '.' || digits < 1 || digits > 7 || !Digits(text, start + 9, digits, out int value)) return ScalarCheck.WrongType;
                    fraction = value;
                    for (int d = digits; d < 7; d++) fraction *= 10;
                }
            }
            if (hours > 23 || minutes > 59 || seconds > 59) return ScalarCheck.OutOfRange;
            ticks = ((hours * 60L + minutes) * 60 + seconds) * global::System.TimeSpan.TicksPerSecond + fraction;
            return ScalarCheck.Ok;
        }

        /// <summary>A GUID as 32 hex digits in groups of 8-4-4-4-12 with hyphens, either case (<c>Guid.ToString("D")</c>).</summary>
        internal static ScalarCheck Guid(string text, out global::System.Guid value)
        {
            value = default;
            if (text.Length != 36) return ScalarCheck.WrongType;
            for (int i = 0; i < 36; i++)
            {
                char c = text[i];
                bool ok = i is 8 or 13 or 18 or 23 ? c == '-' : c is >= '0' and <= '9' or >= 'a' and <= 'f' or >= 'A' and <= 'F';
                if (!ok) return ScalarCheck.WrongType;
            }
            value = global::System.Guid.ParseExact(text, "D");
            return ScalarCheck.Ok;
        }

        /// <summary>An absolute URI, kept as written.</summary>
        internal static ScalarCheck Uri(string text) => global::System.Uri.TryCreate(text, global::System.UriKind.Absolute, out _) ? ScalarCheck.Ok : ScalarCheck.WrongType;

        /// <summary>
        /// One UTF-16 code unit, as text: a plain number or boolean (<c>5</c>, <c>true</c>) is not text to JSON or to a YAML
        /// editor, so it must be quoted, as the schema says.
        /// </summary>
        internal static ScalarCheck Char(string text, bool plain)
            => text.Length == 1 && !(plain && (text[0] is >= '0' and <= '9')) ? ScalarCheck.Ok : ScalarCheck.WrongType;

        /// <summary>A plain <c>true</c> or <c>false</c>.</summary>
        internal static ScalarCheck Boolean(string text, bool plain, out bool value)
        {
            value = text == "true";
            return plain && text is "true" or "false" ? ScalarCheck.Ok : ScalarCheck.WrongType;
        }

        private static bool Digits(string text, int start, int count, out int value)
        {
            value = 0;
            if (start < 0 || start + count > text.Length) return false;
            for (int i = start; i < start + count; i++)
            {
                if (text[i] is < '0' or > '9') return false;
                value = value * 10 + (text[i] - '0');
            }
            return true;
        }
    }
    #endregion
}
