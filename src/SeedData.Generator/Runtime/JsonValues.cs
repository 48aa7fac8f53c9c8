namespace SeedData.Generator.Runtime;

internal static partial class SeedDataRuntime
{
    // The read and write helpers of generated JSON, the same for every dataset: each reads a scalar's text as the
    // binder reads a data file's (ScalarText) and checks it with the binder's own rule (ScalarRules), so ReadJson
    // accepts exactly what a data file may hold, and fails with the JSON path and what was expected there.

    #region Fail
    internal static global::System.Text.Json.JsonException Fail(string path, string expected, global::System.Text.Json.JsonElement found)
    {
        string what = found.ValueKind switch
        {
            global::System.Text.Json.JsonValueKind.Object => "an object",
            global::System.Text.Json.JsonValueKind.Array => "a list",
            global::System.Text.Json.JsonValueKind.String => "the text \"" + found.GetString() + "\"",
            global::System.Text.Json.JsonValueKind.Number => "the number " + found.GetRawText(),
            global::System.Text.Json.JsonValueKind.Null => "null",
            _ => found.GetRawText(),
        };
        return new global::System.Text.Json.JsonException(path + ": expected " + expected + ", found " + what + ".", path, null, null);
    }
    #endregion

    #region ScalarText (uses Fail)
    /// <summary>
    /// The text of a scalar as a data file holds it: a JSON string is quoted text; a number (its digits as written),
    /// <c>true</c> and <c>false</c> are plain. Anything else is not <paramref name="expected"/>.
    /// </summary>
    internal static string ScalarText(global::System.Text.Json.JsonElement value, string path, string expected, out bool plain)
    {
        plain = value.ValueKind != global::System.Text.Json.JsonValueKind.String;
        return value.ValueKind switch
        {
            global::System.Text.Json.JsonValueKind.String => value.GetString()!,
            global::System.Text.Json.JsonValueKind.Number => value.GetRawText(),
            global::System.Text.Json.JsonValueKind.True => "true",
            global::System.Text.Json.JsonValueKind.False => "false",
            _ => throw Fail(path, expected, value),
        };
    }
    #endregion

    #region ReadString (uses ScalarText)
    /// <summary>Text: any scalar, as it is written (the number 42 is the text "42"), as in a data file.</summary>
    internal static string ReadString(global::System.Text.Json.JsonElement value, string path) => ScalarText(value, path, "text", out _);
    #endregion

    #region ReadBoolean (uses ScalarText, ScalarRules)
    internal static bool ReadBoolean(global::System.Text.Json.JsonElement value, string path, string expected)
        => ScalarRules.Boolean(ScalarText(value, path, expected, out bool plain), plain, out bool flag) == ScalarCheck.Ok ? flag : throw Fail(path, expected, value);
    #endregion

    #region ReadWhole (uses ScalarText, ScalarRules)
    internal static decimal ReadWhole(global::System.Text.Json.JsonElement value, string path, decimal min, decimal max, string expected)
        => ScalarRules.Whole(ScalarText(value, path, expected, out bool plain), plain, min, max, out decimal number) == ScalarCheck.Ok ? number : throw Fail(path, expected, value);
    #endregion

    #region ReadReal (uses ScalarText, ScalarRules)
    internal static double ReadReal(global::System.Text.Json.JsonElement value, string path, bool single, string expected)
        => ScalarRules.Real(ScalarText(value, path, expected, out bool plain), plain, single, out double number) == ScalarCheck.Ok ? number : throw Fail(path, expected, value);
    #endregion

    #region ReadDecimal (uses ScalarText, ScalarRules)
    internal static decimal ReadDecimal(global::System.Text.Json.JsonElement value, string path, string expected)
        => ScalarRules.Decimal(ScalarText(value, path, expected, out bool plain), plain, out decimal number) == ScalarCheck.Ok ? number : throw Fail(path, expected, value);
    #endregion

    #region ReadDayNumber (uses ScalarText, ScalarRules)
    /// <summary>A date's day number (DateOnly.DayNumber), so that this helper names no type netstandard2.0 lacks.</summary>
    internal static int ReadDayNumber(global::System.Text.Json.JsonElement value, string path, string expected)
        => ScalarRules.Date(ScalarText(value, path, expected, out _), out int day) == ScalarCheck.Ok ? day : throw Fail(path, expected, value);
    #endregion

    #region ReadTimeTicks (uses ScalarText, ScalarRules)
    /// <summary>A time of day's ticks (TimeOnly.Ticks), so that this helper names no type netstandard2.0 lacks.</summary>
    internal static long ReadTimeTicks(global::System.Text.Json.JsonElement value, string path, string expected)
        => ScalarRules.Time(ScalarText(value, path, expected, out _), out long ticks) == ScalarCheck.Ok ? ticks : throw Fail(path, expected, value);
    #endregion

    #region ReadDateTimeOffset (uses ScalarText, ScalarRules)
    /// <summary>A date and time with its offset, which is required.</summary>
    internal static global::System.DateTimeOffset ReadDateTimeOffset(global::System.Text.Json.JsonElement value, string path, string expected)
        => ScalarRules.Moment(ScalarText(value, path, expected, out _), out long ticks, out int? offset, out _) == ScalarCheck.Ok && offset is { } minutes
            ? new global::System.DateTimeOffset(ticks, global::System.TimeSpan.FromMinutes(minutes))
            : throw Fail(path, expected, value);
    #endregion

    #region ReadDateTime (uses ScalarText, ScalarRules)
    /// <summary>A date and time: with <c>Z</c> a UTC one, with no zone an unspecified one; an offset is not a DateTime's.</summary>
    internal static global::System.DateTime ReadDateTime(global::System.Text.Json.JsonElement value, string path, string expected)
        => ScalarRules.Moment(ScalarText(value, path, expected, out _), out long ticks, out int? offset, out bool utc) == ScalarCheck.Ok && (offset is null || utc)
            ? new global::System.DateTime(ticks, utc ? global::System.DateTimeKind.Utc : global::System.DateTimeKind.Unspecified)
            : throw Fail(path, expected, value);
    #endregion

    #region ReadDuration (uses ScalarText, ScalarRules)
    internal static global::System.TimeSpan ReadDuration(global::System.Text.Json.JsonElement value, string path, string expected)
        => ScalarRules.Duration(ScalarText(value, path, expected, out _), out long ticks) == ScalarCheck.Ok ? new global::System.TimeSpan(ticks) : throw Fail(path, expected, value);
    #endregion

    #region ReadGuid (uses ScalarText, ScalarRules)
    internal static global::System.Guid ReadGuid(global::System.Text.Json.JsonElement value, string path, string expected)
        => ScalarRules.Guid(ScalarText(value, path, expected, out _), out var guid) == ScalarCheck.Ok ? guid : throw Fail(path, expected, value);
    #endregion

    #region ReadChar (uses ScalarText, ScalarRules)
    internal static char ReadChar(global::System.Text.Json.JsonElement value, string path, string expected)
    {
        string text = ScalarText(value, path, expected, out bool plain);
        return ScalarRules.Char(text, plain) == ScalarCheck.Ok ? text[0] : throw Fail(path, expected, value);
    }
    #endregion

    #region ReadUri (uses ScalarText, ScalarRules)
    internal static global::System.Uri ReadUri(global::System.Text.Json.JsonElement value, string path, string expected)
    {
        string text = ScalarText(value, path, expected, out _);
        return ScalarRules.Uri(text) == ScalarCheck.Ok ? new global::System.Uri(text, global::System.UriKind.Absolute) : throw Fail(path, expected, value);
    }
    #endregion

    #region ReadChecked (uses ScalarText, ScalarCheck)
    /// <summary>A kind's rule of its text, as its own file writes it (see VersionText).</summary>
    internal delegate ScalarCheck TextCheck<T>(string text, bool plain, out T value);

    /// <summary>A scalar read by a kind's own rule, failing with what was expected.</summary>
    internal static T ReadChecked<T>(global::System.Text.Json.JsonElement value, string path, TextCheck<T> check, string expected)
        => check(ScalarText(value, path, expected, out bool plain), plain, out T result) == ScalarCheck.Ok ? result : throw Fail(path, expected, value);
    #endregion

    #region Field (uses Fail)
    /// <summary>A required key of an object (a record, or a reference written as its key's fields).</summary>
    internal static global::System.Text.Json.JsonElement Field(global::System.Text.Json.JsonElement value, string path, string key)
    {
        if (value.ValueKind != global::System.Text.Json.JsonValueKind.Object) throw Fail(path, "an object with '" + key + "'", value);
        return value.TryGetProperty(key, out var field) ? field : throw new global::System.Text.Json.JsonException(path + ": the object has no '" + key + "', which is part of the key.", path, null, null);
    }
    #endregion

    #region KeyObject (uses Fail)
    /// <summary>A reference written as its key's fields: an object with exactly those keys.</summary>
    internal static global::System.Text.Json.JsonElement KeyObject(global::System.Text.Json.JsonElement value, string path, params string[] keys)
    {
        if (value.ValueKind != global::System.Text.Json.JsonValueKind.Object) throw Fail(path, "the key's fields (" + string.Join(", ", keys) + ")", value);
        foreach (var property in value.EnumerateObject())
        {
            if (global::System.Array.IndexOf(keys, property.Name) < 0)
                throw new global::System.Text.Json.JsonException(path + "." + property.Name + ": a key has the fields " + string.Join(", ", keys) + ", not '" + property.Name + "'.", path + "." + property.Name, null, null);
        }
        return value;
    }
    #endregion

    #region WriteText
    /// <summary>
    /// Writes text as a JSON string. Utf8JsonWriter replaces a lone surrogate with U+FFFD, which would change the data:
    /// such text is written escaped. So is U+FFFD itself, which in a data file marks bytes that were not UTF-8.
    /// </summary>
    internal static void WriteText(global::System.Text.Json.Utf8JsonWriter writer, string text)
    {
        int i = 0;
        for (; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (char.IsSurrogate(text[i]) || text[i] == '\uFFFD') break;
        }
        if (i == text.Length)
        {
            writer.WriteStringValue(text);
            return;
        }
        var json = new global::System.Text.StringBuilder(text.Length + 16).Append('"');
        for (i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '"' || c == '\\') json.Append('\\').Append(c);
            else if (c < ' ' || c == '\uFFFD' || char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) || char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1])))
                json.Append("\\u").Append(((int)c).ToString("x4", global::System.Globalization.CultureInfo.InvariantCulture));
            else json.Append(c);
        }
        writer.WriteRawValue(json.Append('"').ToString(), skipInputValidation: true);
    }
    #endregion
}
