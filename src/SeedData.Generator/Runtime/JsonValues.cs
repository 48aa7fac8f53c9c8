namespace SeedData.Generator.Runtime;

internal static partial class SeedDataRuntime
{
    // The read and write helpers of generated JSON, the same for every dataset: each reads a scalar's text as the
    // binder reads a data file's (ScalarText) and checks it with the binder's own rule (ScalarRules), so ReadJson
    // accepts exactly what a data file may hold, and fails with the JSON path and what was expected there.

    #region Fail (uses Text)
    internal static global::System.Text.Json.JsonException Fail(string path, string expected, global::System.Text.Json.JsonElement found)
    {
        string what = found.ValueKind switch
        {
            global::System.Text.Json.JsonValueKind.Object => "an object",
            global::System.Text.Json.JsonValueKind.Array => "a list",
            global::System.Text.Json.JsonValueKind.String => "the text \"" + Text(found, path) + "\"",
            global::System.Text.Json.JsonValueKind.Number => "the number " + found.GetRawText(),
            global::System.Text.Json.JsonValueKind.Null => "null",
            _ => found.GetRawText(),
        };
        return new global::System.Text.Json.JsonException(path + ": expected " + expected + ", found " + what + ".", path, null, null);
    }
    #endregion

    #region DecodeText
    /// <summary>
    /// The text of a JSON string from its bytes as written between the quotes: UTF-8, checked strictly, and escapes, a
    /// lone surrogate (<c>\ud800</c>) kept as the code unit it names, as the generator keeps it and WriteJson writes it.
    /// System.Text.Json's own reading throws InvalidOperationException for both, where a bad document must give a
    /// JsonException with its path.
    /// </summary>
    internal static string DecodeText(global::System.ReadOnlySpan<byte> raw, string path)
    {
        var text = new global::System.Text.StringBuilder(raw.Length);
        for (int i = 0; i < raw.Length;)
        {
            byte b = raw[i];
            if (b == (byte)'\\' && i + 1 < raw.Length)
            {
                byte e = raw[i + 1];
                if (e == (byte)'u' && i + 6 <= raw.Length)
                {
                    int unit = 0;
                    for (int h = i + 2; h < i + 6; h++)
                    {
                        int c = raw[h], digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
                        if (digit < 0) throw NotText(path, "an escape '\\u' without four hex digits");
                        unit = unit * 16 + digit;
                    }
                    text.Append((char)unit);
                    i += 6;
                    continue;
                }
                char escaped = e switch { (byte)'"' => '"', (byte)'\\' => '\\', (byte)'/' => '/', (byte)'b' => '\b', (byte)'f' => '\f', (byte)'n' => '\n', (byte)'r' => '\r', (byte)'t' => '\t', _ => '\0' };
                if (escaped == '\0') throw NotText(path, "an escape JSON does not have");
                text.Append(escaped);
                i += 2;
                continue;
            }
            if (b < 0x80)
            {
                text.Append((char)b);
                i++;
                continue;
            }
            // A UTF-8 sequence: its length from the first byte, no overlong form, no surrogate, nothing past U+10FFFF.
            int length = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
            if (length == 0 || i + length > raw.Length) throw NotText(path, "bytes that are not UTF-8");
            int point = b & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07);
            for (int k = 1; k < length; k++)
            {
                if ((raw[i + k] & 0xC0) != 0x80) throw NotText(path, "bytes that are not UTF-8");
                point = point << 6 | raw[i + k] & 0x3F;
            }
            if (length == 3 && (point < 0x800 || point >= 0xD800 && point <= 0xDFFF) || length == 4 && (point < 0x10000 || point > 0x10FFFF))
                throw NotText(path, "bytes that are not UTF-8");
            if (point >= 0x10000)
            {
                point -= 0x10000;
                text.Append((char)(0xD800 + (point >> 10))).Append((char)(0xDC00 + (point & 0x3FF)));
            }
            else text.Append((char)point);
            i += length;
        }
        return text.ToString();
    }

    private static global::System.Text.Json.JsonException NotText(string path, string what)
        => new(path + ": the text holds " + what + ".", path, null, null);
    #endregion

    #region Text (uses DecodeText, RawBytes)
    /// <summary>The text of a JSON string, lone surrogate escapes kept; a JsonException with the path for bytes that are not UTF-8.</summary>
    internal static string Text(global::System.Text.Json.JsonElement value, string path)
    {
        try
        {
            // A U+FFFD may stand for a lone surrogate escape that System.Text.Json replaced: the text as written says.
            string text = value.GetString()!;
            if (text.IndexOf('\uFFFD') < 0) return text;
        }
        catch (global::System.InvalidOperationException)
        {
            // Not UTF-8, or an escape of a lone surrogate: read from the text as written.
        }
        byte[] quoted = RawBytes(value, path);
        return DecodeText(new global::System.ReadOnlySpan<byte>(quoted, 1, quoted.Length - 2), path);
    }

    #endregion

    #region RawBytes (uses DecodeText)
    /// <summary>A value's JSON as written, as UTF-8 bytes.</summary>
    private static byte[] RawBytes(global::System.Text.Json.JsonElement value, string path)
    {
        try
        {
            return global::System.Text.Encoding.UTF8.GetBytes(value.GetRawText());
        }
        catch (global::System.InvalidOperationException)
        {
            throw NotText(path, "bytes that are not UTF-8");
        }
    }

    #endregion

    #region Key (uses DecodeText, RawBytes)
    /// <summary>The key of a property of <paramref name="owner"/> (the <paramref name="index"/>-th), read as <see cref="Text"/> reads values.</summary>
    internal static string Key(global::System.Text.Json.JsonProperty property, global::System.Text.Json.JsonElement owner, int index, string path)
    {
        try
        {
            // System.Text.Json replaces a lone surrogate escape in a key with U+FFFD (in a value it throws): the key as written says.
            string name = property.Name;
            if (name.IndexOf('\uFFFD') < 0) return name;
        }
        catch (global::System.InvalidOperationException)
        {
            // Not UTF-8: the key as written says so.
        }
        var reader = new global::System.Text.Json.Utf8JsonReader(RawBytes(owner, path));
        int seen = 0;
        while (reader.Read())
        {
            if (reader.TokenType == global::System.Text.Json.JsonTokenType.PropertyName && reader.CurrentDepth == 1 && seen++ == index) return DecodeText(reader.ValueSpan, path);
        }
        throw NotText(path, "a key that cannot be read");
    }
    #endregion

    #region Property (uses DecodeText)
    /// <summary>
    /// The value of a record's key, as TryGetProperty finds it; a JsonException with the path where another key holds an
    /// escape that System.Text.Json cannot read while it compares (it throws InvalidOperationException).
    /// </summary>
    internal static bool Property(global::System.Text.Json.JsonElement record, string key, string path, out global::System.Text.Json.JsonElement value)
    {
        try
        {
            return record.TryGetProperty(key, out value);
        }
        catch (global::System.InvalidOperationException ex)
        {
            throw new global::System.Text.Json.JsonException(path + ": a key cannot be read: " + ex.Message, path, null, null, ex);
        }
    }
    #endregion

    #region ScalarText (uses Fail, Text)
    /// <summary>
    /// The text of a scalar as a data file holds it: a JSON string is quoted text; a number (its digits as written),
    /// <c>true</c> and <c>false</c> are plain. Anything else is not <paramref name="expected"/>.
    /// </summary>
    internal static string ScalarText(global::System.Text.Json.JsonElement value, string path, string expected, out bool plain)
    {
        plain = value.ValueKind != global::System.Text.Json.JsonValueKind.String;
        return value.ValueKind switch
        {
            global::System.Text.Json.JsonValueKind.String => Text(value, path),
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

    #region Field (uses Fail, Property)
    /// <summary>A required key of an object (a record, or a reference written as its key's fields).</summary>
    internal static global::System.Text.Json.JsonElement Field(global::System.Text.Json.JsonElement value, string path, string key)
    {
        if (value.ValueKind != global::System.Text.Json.JsonValueKind.Object) throw Fail(path, "an object with '" + key + "'", value);
        return Property(value, key, path, out var field) ? field : throw new global::System.Text.Json.JsonException(path + ": the object has no '" + key + "', which is part of the key.", path, null, null);
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

    #region WriteText (uses IsPlainText, EscapedText)
    /// <summary>
    /// Writes text as a JSON string. Utf8JsonWriter replaces a lone surrogate with U+FFFD, which would change the data:
    /// such text is written escaped. So is U+FFFD itself, which in a data file marks bytes that were not UTF-8.
    /// </summary>
    internal static void WriteText(global::System.Text.Json.Utf8JsonWriter writer, string text)
    {
        if (IsPlainText(text)) writer.WriteStringValue(text);
        else writer.WriteRawValue(EscapedText(text), skipInputValidation: true);
    }
    #endregion

    #region IsPlainText
    /// <summary>Whether Utf8JsonWriter writes the text as it is: no lone surrogate, and no U+FFFD.</summary>
    internal static bool IsPlainText(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (char.IsSurrogate(text[i]) || text[i] == '\uFFFD') return false;
        }
        return true;
    }
    #endregion

    #region EscapedText
    /// <summary>The text as a JSON string, quotes and all, with a lone surrogate, U+FFFD and control characters escaped.</summary>
    internal static string EscapedText(string text)
    {
        var json = new global::System.Text.StringBuilder(text.Length + 16).Append('"');
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '"' || c == '\\') json.Append('\\').Append(c);
            else if (c < ' ' || c == '\uFFFD' || char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) || char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1])))
                json.Append("\\u").Append(((int)c).ToString("x4", global::System.Globalization.CultureInfo.InvariantCulture));
            else json.Append(c);
        }
        return json.Append('"').ToString();
    }
    #endregion

    #region WriteMap (uses IsPlainText, EscapedText)
    /// <summary>
    /// Writes a map as a JSON object, its keys in ordinal order. Utf8JsonWriter would replace a lone surrogate in a key
    /// (and has no way to write a key as it is), so a map with such a key is written whole as raw JSON, each key escaped
    /// as text is and each value written by <paramref name="write"/>.
    /// </summary>
    internal static void WriteMap<T>(global::System.Text.Json.Utf8JsonWriter writer, global::System.Collections.Generic.IEnumerable<global::System.Collections.Generic.KeyValuePair<string, T>> map,
        global::System.Action<global::System.Text.Json.Utf8JsonWriter, T> write)
    {
        var entries = new global::System.Collections.Generic.List<global::System.Collections.Generic.KeyValuePair<string, T>>(map);
        entries.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        if (entries.TrueForAll(e => IsPlainText(e.Key)))
        {
            writer.WriteStartObject();
            foreach (var entry in entries)
            {
                writer.WritePropertyName(entry.Key);
                write(writer, entry.Value);
            }
            writer.WriteEndObject();
            return;
        }
        var json = new global::System.Text.StringBuilder("{");
        using var buffer = new global::System.IO.MemoryStream();
        foreach (var entry in entries)
        {
            if (json.Length > 1) json.Append(',');
            json.Append(EscapedText(entry.Key)).Append(':');
            buffer.SetLength(0);
            using (var value = new global::System.Text.Json.Utf8JsonWriter(buffer, new global::System.Text.Json.JsonWriterOptions { Encoder = writer.Options.Encoder }))
            {
                write(value, entry.Value);
            }
            json.Append(global::System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        }
        writer.WriteRawValue(json.Append('}').ToString(), skipInputValidation: true);
    }
    #endregion
}
