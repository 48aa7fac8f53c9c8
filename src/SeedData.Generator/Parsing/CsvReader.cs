using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using SeedData.Generator.Diagnostics;
using SeedData.Generator.Model;

namespace SeedData.Generator.Parsing;

/// <summary>One field of a CSV or TSV row, as read: its text (quotes removed, doubled quotes made one) and its place.</summary>
/// <param name="IsQuoted">Written in quotes: the span then includes them.</param>
/// <param name="Undoubled">Where a doubled quote became one, as ascending indexes into the text; null for none.</param>
internal readonly record struct CsvField(string Text, bool IsQuoted, SourceSpan Span, int[]? Undoubled)
{
    /// <summary>The offset in the file of the character at <paramref name="index"/> of the text, or just past its end.</summary>
    public int OffsetOf(int index)
    {
        int offset = Span.Start + (IsQuoted ? 1 : 0) + index;
        if (Undoubled is null) return offset;
        foreach (int undoubled in Undoubled)
        {
            if (undoubled >= index) break;
            offset++;
        }
        return offset;
    }
}

/// <summary>Takes the rows of a CSV or TSV file as they are read; the first is the header.</summary>
internal interface ITableSink
{
    /// <param name="fields">The row's fields, valid only during the call.</param>
    /// <param name="span">From the row's first character to the end of its last field.</param>
    /// <param name="malformed">The row had a syntax error, already reported: only its id may be taken from it.</param>
    void Row(List<CsvField> fields, SourceSpan span, bool malformed);
}

/// <summary>
/// Reads CSV by RFC 4180 (fields separated by commas; a field in double quotes may hold commas, line breaks and
/// quotes written twice; records end at CRLF, LF or CR; the last may end without one; an optional UTF-8 byte order
/// mark) and TSV by IANA's text/tab-separated-values (fields separated by tabs, no quoting: a quote is a character like
/// any other). A line with nothing on it is no row. Each row goes to the sink as it ends, so a large file is never a
/// tree. Syntax errors are SD0084 at the character where they start, one per mistake: after a quote that is never
/// closed, the rest of the file is read again from the next line for the ids of its rows alone, unreported.
/// </summary>
internal sealed class CsvReader
{
    private const int BlockLength = 4096;

    private readonly string _path;
    private readonly SourceText _text;
    private readonly int _length;
    private readonly char _separator;
    private readonly bool _quoting;
    private readonly ITableSink _sink;
    private readonly CancellationToken _cancellationToken;
    private readonly char[] _block = new char[BlockLength];
    private readonly StringBuilder _value = new();
    private readonly List<CsvField> _fields = new();
    private readonly List<int> _undoubled = new();
    private int _blockStart;
    private int _blockLength;
    private int _position;
    private int _line;
    private int _lineStart;
    // After a quote that is never closed: rows are read for their ids alone, and their mistakes are not reported.
    private bool _recovering;

    private CsvReader(string path, SourceText text, DataFormat format, ITableSink sink, CancellationToken cancellationToken)
    {
        _path = path;
        _text = text;
        _length = text.Length;
        _separator = format == DataFormat.Tsv ? '\t' : ',';
        _quoting = format != DataFormat.Tsv;
        _sink = sink;
        _cancellationToken = cancellationToken;
    }

    private List<DiagnosticInfo> Diagnostics { get; } = new();

    /// <summary>Reads every row into the sink; incomplete when a quote is never closed.</summary>
    public static (bool Complete, List<DiagnosticInfo> Diagnostics) Read(string path, SourceText text, DataFormat format, ITableSink sink, CancellationToken cancellationToken)
    {
        var reader = new CsvReader(path, text, format, sink, cancellationToken);
        reader.ReadRows();
        return (!reader._recovering, reader.Diagnostics);
    }

    private void ReadRows()
    {
        if (_length > 0 && At(0) == '\uFEFF') _position = 1;
        while (_position < _length)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (IsLineBreak(At(_position)))
            {
                SkipLineBreak();
                continue;
            }
            ReadRow();
        }
    }

    [MethodImpl(Jit.Optimized)]
    private void ReadRow()
    {
        _fields.Clear();
        var start = Mark();
        bool malformed = _recovering;
        while (true)
        {
            if (!ReadField(ref malformed))
            {
                // A quote never closed: the row so far goes to the sink, for its id, and the rest is read again from the
                // line after the quote, as rows of their own.
                _sink.Row(_fields, RowSpan(start), malformed: true);
                return;
            }
            if (_position < _length && At(_position) == _separator)
            {
                _position++;
                continue;
            }
            break;
        }
        _sink.Row(_fields, RowSpan(start), malformed);
        if (_position < _length) SkipLineBreak();
    }

    private SourceSpan RowSpan(Place start) => SpanFrom(start, _fields.Count > 0 ? EndOf(_fields[_fields.Count - 1].Span) : start);

    /// <summary>Reads the field at the position; false for a quote that is never closed (reported).</summary>
    [MethodImpl(Jit.Optimized)]
    private bool ReadField(ref bool malformed)
    {
        var start = Mark();
        _value.Clear();
        _undoubled.Clear();
        if (_quoting && _position < _length && At(_position) == '"') return ReadQuotedField(start, ref malformed);
        bool strayQuote = false;
        while (_position < _length)
        {
            char c = At(_position);
            if (c == _separator || IsLineBreak(c)) break;
            if (_quoting && c == '"' && !strayQuote)
            {
                strayQuote = true;
                malformed = true;
                Report(Mark(), "a quote inside a field that does not start with one. Put the whole field in quotes and write each quote in it twice: \"say \"\"hi\"\"\"");
            }
            _value.Append(c);
            _position++;
        }
        _fields.Add(new CsvField(_value.ToString(), false, SpanFrom(start, Mark()), null));
        return true;
    }

    [MethodImpl(Jit.Optimized)]
    private bool ReadQuotedField(Place start, ref bool malformed)
    {
        _position++;
        while (true)
        {
            if (_position >= _length)
            {
                Report(start, "this quoted field is never closed. End it with '\"', and write each quote inside it twice (\"\")");
                _recovering = true;
                // Read again from the line after the quote.
                (_position, _line, _lineStart) = (start.Offset, start.Line, start.LineStart);
                while (_position < _length && !IsLineBreak(At(_position))) _position++;
                if (_position < _length) SkipLineBreak();
                return false;
            }
            char c = At(_position);
            if (c == '"')
            {
                if (_position + 1 < _length && At(_position + 1) == '"')
                {
                    _undoubled.Add(_value.Length);
                    _value.Append('"');
                    _position += 2;
                    continue;
                }
                _position++;
                break;
            }
            _value.Append(c);
            _position++;
            if (c == '\n' || c == '\r' && !(_position < _length && At(_position) == '\n')) NewLine();
        }
        var end = Mark();
        if (_position < _length && At(_position) is var next && next != _separator && !IsLineBreak(next))
        {
            malformed = true;
            Report(end, "text after the closing quote of a quoted field. Put the whole field in quotes, and write each quote inside it twice (\"\")");
            while (_position < _length && At(_position) != _separator && !IsLineBreak(At(_position))) _position++;
        }
        _fields.Add(new CsvField(_value.ToString(), true, SpanFrom(start, end), _undoubled.Count == 0 ? null : _undoubled.ToArray()));
        return true;
    }

    private static bool IsLineBreak(char c) => c is '\n' or '\r';

    /// <summary>Steps over CRLF, LF or CR.</summary>
    private void SkipLineBreak()
    {
        if (At(_position) == '\r' && _position + 1 < _length && At(_position + 1) == '\n') _position++;
        _position++;
        NewLine();
    }

    private void NewLine()
    {
        _line++;
        _lineStart = _position;
    }

    /// <summary>The character at <paramref name="position"/> (less than the length), read a block at a time: the text is never copied whole.</summary>
    [MethodImpl(Jit.Optimized)]
    private char At(int position)
    {
        if (position < _blockStart || position >= _blockStart + _blockLength)
        {
            _blockStart = position;
            _blockLength = System.Math.Min(BlockLength, _length - position);
            _text.CopyTo(position, _block, 0, _blockLength);
        }
        return _block[position - _blockStart];
    }

    private readonly record struct Place(int Offset, int Line, int LineStart);

    private Place Mark() => new(_position, _line, _lineStart);

    private static Place EndOf(SourceSpan span) => new(span.Start + span.Length, span.EndLine, span.Start + span.Length - span.EndColumn);

    private static SourceSpan SpanFrom(Place start, Place end)
        => new(start.Offset, end.Offset - start.Offset, start.Line, start.Offset - start.LineStart, end.Line, end.Offset - end.LineStart);

    private void Report(Place at, string message)
    {
        if (_recovering) return;
        int length = at.Offset < _length ? 1 : 0;
        var span = new SourceSpan(at.Offset, length, at.Line, at.Offset - at.LineStart, at.Line, at.Offset - at.LineStart + length);
        Diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.CsvSyntaxError, new SourceLocation(_path, span), message));
    }
}
