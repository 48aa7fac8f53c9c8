using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace SeedData.Generator.Emitting;

/// <summary>
/// A JSON value built in memory and written as indented text, keys in the order they were added, so the same
/// model always gives the same bytes. The generator cannot load System.Text.Json into the compiler, and a schema
/// is small: this is all it needs.
/// </summary>
internal sealed class JsonText
{
    private readonly List<(string? Key, object Value)> _items = new();

    private JsonText(bool isArray) => IsArray = isArray;

    public bool IsArray { get; }

    public static JsonText Object() => new(isArray: false);

    public static JsonText Array() => new(isArray: true);

    /// <summary>A JSON literal written as it is: a number, true, false or null.</summary>
    public sealed class Raw(string text)
    {
        public string Text { get; } = text;
    }

    public JsonText Set(string key, string value) => Add(key, value);

    public JsonText Set(string key, JsonText value) => Add(key, value);

    public JsonText Set(string key, Raw value) => Add(key, value);

    public JsonText Set(string key, long value) => Add(key, new Raw(value.ToString(CultureInfo.InvariantCulture)));

    public JsonText Set(string key, bool value) => Add(key, new Raw(value ? "true" : "false"));

    public JsonText Item(string value) => Add(null, value);

    public JsonText Item(JsonText value) => Add(null, value);

    public JsonText Item(Raw value) => Add(null, value);

    public bool Has(string key)
    {
        foreach (var (k, _) in _items)
        {
            if (k == key) return true;
        }
        return false;
    }

    public object? Get(string key)
    {
        foreach (var (k, v) in _items)
        {
            if (k == key) return v;
        }
        return null;
    }

    /// <summary>Replaces the value of a key already set, where it stands.</summary>
    public JsonText Replace(string key, object value)
    {
        for (int i = 0; i < _items.Count; i++)
        {
            if (_items[i].Key == key) _items[i] = (key, value);
        }
        return this;
    }

    public int Count => _items.Count;

    private JsonText Add(string? key, object value)
    {
        _items.Add((key, value));
        return this;
    }

    public override string ToString()
    {
        var text = new StringBuilder();
        Write(text, this, 0);
        return text.Append('\n').ToString();
    }

    private static void Write(StringBuilder text, object value, int depth)
    {
        switch (value)
        {
            case string s:
                WriteString(text, s);
                return;
            case Raw raw:
                text.Append(raw.Text);
                return;
            case JsonText json:
                char open = json.IsArray ? '[' : '{', close = json.IsArray ? ']' : '}';
                if (json._items.Count == 0)
                {
                    text.Append(open).Append(close);
                    return;
                }
                if (json.IsArray && Inline(json) is { } line)
                {
                    text.Append(line);
                    return;
                }
                text.Append(open).Append('\n');
                for (int i = 0; i < json._items.Count; i++)
                {
                    var (key, item) = json._items[i];
                    text.Append(' ', (depth + 1) * 2);
                    if (key is not null)
                    {
                        WriteString(text, key);
                        text.Append(": ");
                    }
                    Write(text, item, depth + 1);
                    if (i + 1 < json._items.Count) text.Append(',');
                    text.Append('\n');
                }
                text.Append(' ', depth * 2).Append(close);
                return;
        }
    }

    /// <summary>A short list of scalars on one line (<c>["string", "null"]</c>), or null.</summary>
    private static string? Inline(JsonText array)
    {
        var line = new StringBuilder("[");
        foreach (var (_, item) in array._items)
        {
            if (line.Length > 1) line.Append(", ");
            if (item is string s) WriteString(line, s);
            else if (item is Raw raw) line.Append(raw.Text);
            else return null;
            if (line.Length > 72) return null;
        }
        return line.Append(']').ToString();
    }

    /// <summary>The JSON string literal of <paramref name="value"/>.</summary>
    public static string Quote(string value)
    {
        var text = new StringBuilder(value.Length + 2);
        WriteString(text, value);
        return text.ToString();
    }

    /// <summary>RFC 8259 string escaping; a lone surrogate is escaped too, so the text stays valid UTF-8.</summary>
    private static void WriteString(StringBuilder text, string value)
    {
        text.Append('"');
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                default:
                    bool pair = char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])
                        || char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(value[i - 1]);
                    if (c < ' ' || char.IsSurrogate(c) && !pair) text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else text.Append(c);
                    break;
            }
        }
        text.Append('"');
    }
}
