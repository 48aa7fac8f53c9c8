using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace SeedData.Generator.Emitting;

/// <summary>An indenting text builder that always writes '\n', so output is byte-identical on every OS.</summary>
internal sealed class SourceWriter(int capacity = 16 * 1024)
{
    // Slices at least this long are referenced rather than copied.
    private const int ReferencedSliceLength = 256;

    private readonly StringBuilder _builder = new(capacity);
    // The text before the builder's: what was written before the last referenced slice, and the slices.
    private readonly List<(string Text, int Start, int Length)> _segments = new();
    private int _indent;

    public SourceWriter Line(string text = "")
    {
        if (text.Length > 0) _builder.Append(' ', _indent * 4).Append(text);
        _builder.Append('\n');
        return this;
    }

    /// <summary>A line whose middle is written by <paramref name="write"/> (a data literal megabytes long, see <see cref="Slice"/>).</summary>
    public SourceWriter Line(string prefix, System.Action<SourceWriter> write, string suffix)
    {
        _builder.Append(' ', _indent * 4).Append(prefix);
        write(this);
        _builder.Append(suffix).Append('\n');
        return this;
    }

    /// <summary>How many spaces the next line is indented by.</summary>
    public int Indentation => _indent * 4;

    /// <summary>A preprocessor directive, on a line of its own and unindented.</summary>
    public SourceWriter Directive(string text)
    {
        _builder.Append(text).Append('\n');
        return this;
    }

    /// <summary>Appends <paramref name="text"/> as it is, within the current line.</summary>
    public SourceWriter Raw(string text)
    {
        _builder.Append(text);
        return this;
    }

    /// <summary>
    /// Appends part of a string within the current line. A long part is referenced, not copied: a data image's
    /// chunks go into the text where they are (see <see cref="ToSourceText"/>).
    /// </summary>
    public SourceWriter Slice(string text, int start, int length)
    {
        if (length < ReferencedSliceLength)
        {
            _builder.Append(text, start, length);
            return this;
        }
        if (_builder.Length > 0) _segments.Add(Flushed());
        _segments.Add((text, start, length));
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

    public override string ToString() => ToSourceText().ToString();

    /// <summary>
    /// The text for the compiler. Where long slices were referenced, it is a <see cref="SegmentedText"/> over them, so a
    /// source of megabytes is never copied into one string: that would be fresh memory on every run, most of it on the
    /// large object heap.
    /// </summary>
    public SourceText ToSourceText()
    {
        if (_segments.Count == 0) return SourceText.From(_builder.ToString(), Encoding.UTF8);
        var segments = new List<(string, int, int)>(_segments);
        if (_builder.Length > 0) segments.Add((_builder.ToString(), 0, _builder.Length));
        return new SegmentedText(segments);
    }

    private (string, int, int) Flushed()
    {
        string text = _builder.ToString();
        _builder.Clear();
        return (text, 0, text.Length);
    }
}
