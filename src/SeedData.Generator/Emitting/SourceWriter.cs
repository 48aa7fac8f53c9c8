using System.Text;

namespace SeedData.Generator.Emitting;

/// <summary>An indenting text builder that always writes '\n', so output is byte-identical on every OS.</summary>
internal sealed class SourceWriter(int capacity = 16 * 1024)
{
    private readonly StringBuilder _builder = new(capacity);
    private int _indent;

    public SourceWriter Line(string text = "")
    {
        if (text.Length > 0) _builder.Append(' ', _indent * 4).Append(text);
        _builder.Append('\n');
        return this;
    }

    /// <summary>A line whose middle is written straight into the text (a data literal megabytes long, without copies).</summary>
    public SourceWriter Line(string prefix, System.Action<StringBuilder> write, string suffix)
    {
        _builder.Append(' ', _indent * 4).Append(prefix);
        write(_builder);
        _builder.Append(suffix).Append('\n');
        return this;
    }

    public SourceWriter Open(string text)
    {
        Line(text);
        Line("{");
        _indent++;
        return this;
    }

    /// <summary>Indents the lines that follow one level more, until <see cref="Close"/>.</summary>
    public SourceWriter Indent()
    {
        _indent++;
        return this;
    }

    public SourceWriter Close(string suffix = "")
    {
        _indent--;
        return Line("}" + suffix);
    }

    /// <summary>Writes a block of lines (a constant piece of source) at the current indentation.</summary>
    public SourceWriter Block(string text)
    {
        foreach (string line in text.Replace("\r\n", "\n").Split('\n')) Line(line);
        return this;
    }

    /// <summary>Writes a <c>/// &lt;summary&gt;</c> with the text XML-escaped and kept on one line.</summary>
    public SourceWriter Summary(string text) => Line("/// <summary>" + text + "</summary>");

    public static string Xml(string text)
    {
        string oneLine = string.Join(" ", text.Split(new[] { '\r', '\n', '\t' }, System.StringSplitOptions.RemoveEmptyEntries)).Trim();
        if (oneLine.Length > 200) oneLine = oneLine.Substring(0, 197) + "...";
        return oneLine.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
    }

    public override string ToString() => _builder.ToString();
}
