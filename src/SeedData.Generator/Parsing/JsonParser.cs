using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using SeedData.Generator.Diagnostics;
using SeedData.Generator.Model;

namespace SeedData.Generator.Parsing;

/// <summary>
/// Reads a JSON data file strictly by RFC 8259 into the same <see cref="DataNode"/> tree as YAML, with the exact
/// line and column of every node, and reports the first deviation as SD0002 at the character where it starts.
/// <para>
/// Why a parser of our own rather than System.Text.Json or YamlDotNet: an analyzer that loads System.Text.Json
/// fails wherever the compiler's host carries another version of it (dotnet/roslyn#41785), so the generator does
/// not depend on it; and YAML's parser accepts much that JSON does not (comments, trailing commas, single quotes,
/// YAML-only escapes, raw line breaks folded into spaces), so reading JSON as YAML silently changes data. JSON's
/// grammar is small enough that this parser keeps every position and names every deviation in words.
/// </para>
/// </summary>
internal sealed class JsonParser
{
    private readonly string _path;
    private readonly SourceText _text;
    private readonly IRecordSink? _sink;
    private readonly CancellationToken _cancellationToken;
    private readonly StringBuilder _string = new();
    private readonly List<DataNode> _items = new();
    private readonly List<DataEntry> _entries = new();
    private int _position;
    private int _line;
    private int _lineStart;

    private JsonParser(string path, SourceText text, IRecordSink? sink, CancellationToken cancellationToken)
    {
        _path = path;
        _text = text;
        _sink = sink;
        _cancellationToken = cancellationToken;
    }

    public List<DiagnosticInfo> Diagnostics { get; } = new();

    /// <summary>Parses the file; null when it is empty or malformed (see <see cref="Diagnostics"/>).</summary>
    public static (DataNode? Root, List<DiagnosticInfo> Diagnostics) Parse(string path, SourceText text, IRecordSink? sink, CancellationToken cancellationToken)
    {
        var parser = new JsonParser(path, text, sink, cancellationToken);
        try
        {
            return (parser.ParseDocument(), parser.Diagnostics);
        }
        catch (JsonSyntaxException)
        {
            return (null, parser.Diagnostics);
        }
    }

    private sealed class JsonSyntaxException : System.Exception;

    private DataNode? ParseDocument()
    {
        // RFC 8259 lets a parser ignore a byte order mark; editors on some systems write one.
        if (Peek() == '\uFEFF') _position++;
        SkipWhitespace();
        if (AtEnd) return null;
        DataNode root = _sink is not null && Peek() == '[' && _sink.BeginRootList() ? ParseArray(0, streamed: true) : ParseValue(depth: 0);
        SkipWhitespace();
        if (!AtEnd) Fail("the JSON value ended before this text. A data file holds one value; remove what follows, or wrap both in one object");
        return root;
    }

    private DataNode ParseValue(int depth)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        if (depth > DataFileParser.MaxDepth)
        {
            Diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnexpectedShape, new SourceLocation(_path, Here(1)),
                $"at most {DataFileParser.MaxDepth} levels of nesting", "deeper nesting", "Flatten the data."));
            throw new JsonSyntaxException();
        }
        char c = Peek();
        switch (c)
        {
            case '{': return ParseObject(depth);
            case '[': return ParseArray(depth);
            case '"': return ParseString();
            case '-':
            case >= '0' and <= '9':
                return ParseNumber();
            case 't': return ParseLiteral("true");
            case 'f': return ParseLiteral("false");
            case 'n': return ParseLiteral("null");
            default:
                throw FailValue(c);
        }
    }

    private JsonSyntaxException FailValue(char c)
    {
        if (AtEnd) return Fail("the file ends where a value should be");
        string found = Describe(c);
        return c switch
        {
            '\'' => Fail("JSON strings use double quotes, not single quotes: write \"...\""),
            '/' or '#' => Fail("JSON has no comments; remove the comment"),
            ',' => Fail("a value is missing before this ','; remove the extra comma"),
            '}' or ']' => Fail($"a value is missing before this '{c}'"),
            '+' => Fail("a JSON number has no '+' sign; remove it"),
            '.' => Fail("a JSON number starts with a digit: write 0.5, not .5"),
            _ when char.IsLetter(c) => Fail($"{found} starts no JSON value: put text in double quotes (true, false and null are lower case)"),
            _ => Fail($"{found} starts no JSON value: a value is an object, an array, a string in double quotes, a number, true, false or null"),
        };
    }

    private DataNode ParseObject(int depth)
    {
        var start = Mark();
        _position++;
        int first = _entries.Count;
        Place comma = start;
        SkipWhitespace();
        if (Peek() == '}')
        {
            _position++;
            return DataNode.Mapping(_entries.Pop(first), SpanFrom(start));
        }
        while (true)
        {
            SkipWhitespace();
            char c = Peek();
            if (c != '"')
            {
                if (c == '}' && _entries.Count > first) throw FailAt(comma, "JSON allows no comma after the last member; remove this ','");
                if (c == '\'') throw Fail("JSON keys are text in double quotes, not single quotes");
                if (char.IsLetter(c) || c == '_') throw Fail("JSON keys are text in double quotes: write \"key\"");
                if (c is '/' or '#') throw Fail("JSON has no comments; remove the comment");
                if (c == ',') throw Fail("a member is missing before this ','; remove the extra comma");
                throw AtEnd ? Fail("the file ends inside an object; close it with '}'") : Fail($"expected a key in double quotes, found {Describe(c)}");
            }
            DataNode key = ParseString();
            SkipWhitespace();
            if (Peek() != ':')
            {
                throw AtEnd ? Fail("the file ends inside an object; close it with '}'")
                    : Fail($"expected ':' after the key \"{key.Value}\", found {Describe(Peek())}");
            }
            _position++;
            SkipWhitespace();
            DataNode value = depth == 0 && _sink is not null && Peek() == '[' && _sink.BeginList(key)
                ? ParseArray(depth + 1, streamed: true)
                : ParseValue(depth + 1);
            _entries.Add(new DataEntry(key, value));
            SkipWhitespace();
            c = Peek();
            if (c == ',')
            {
                comma = Mark();
                _position++;
                continue;
            }
            if (c == '}')
            {
                _position++;
                return DataNode.Mapping(_entries.Pop(first), SpanFrom(start));
            }
            throw AtEnd ? Fail("the file ends inside an object; close it with '}'")
                : c == '"' ? Fail("a ',' is missing between two members")
                : Fail($"expected ',' or '}}' after a member, found {Describe(c)}");
        }
    }

    private DataNode ParseArray(int depth, bool streamed = false)
    {
        var start = Mark();
        _position++;
        int first = _items.Count;
        Place comma = start;
        SkipWhitespace();
        if (Peek() == ']')
        {
            _position++;
            return DataNode.Sequence(_items.Pop(first), SpanFrom(start));
        }
        bool any = false;
        while (true)
        {
            SkipWhitespace();
            if (Peek() == ']' && any) throw FailAt(comma, "JSON allows no comma after the last item; remove this ','");
            DataNode item = ParseValue(depth + 1);
            any = true;
            if (streamed) _sink!.Item(item);
            else _items.Add(item);
            SkipWhitespace();
            char c = Peek();
            if (c == ',')
            {
                comma = Mark();
                _position++;
                continue;
            }
            if (c == ']')
            {
                _position++;
                return DataNode.Sequence(_items.Pop(first), SpanFrom(start));
            }
            throw AtEnd ? Fail("the file ends inside an array; close it with ']'")
                : c == ':' ? Fail("an array holds values, not key: value pairs; use an object { } for those")
                : Fail($"expected ',' or ']' after an item, found {Describe(c)}");
        }
    }

    private DataNode ParseString()
    {
        var start = Mark();
        _position++;
        _string.Clear();
        while (true)
        {
            if (AtEnd)
            {
                _position = start.Offset;
                (_line, _lineStart) = (start.Line, start.LineStart);
                throw Fail("this string is never closed; end it with '\"'");
            }
            char c = _text[_position];
            if (c == '"')
            {
                _position++;
                return DataNode.Scalar(_string.ToString(), ScalarStyle.Quoted, SpanFrom(start));
            }
            if (c == '\\')
            {
                ReadEscape();
                continue;
            }
            if (c < 0x20)
            {
                throw c switch
                {
                    '\t' => Fail("a tab inside a string must be written \\t"),
                    '\n' or '\r' => Fail("a string cannot break across lines; write the line break as \\n"),
                    _ => Fail($"the control character U+{(int)c:X4} must be written \\u{(int)c:X4} inside a string"),
                };
            }
            _string.Append(c);
            _position++;
        }
    }

    private void ReadEscape()
    {
        _position++;
        if (AtEnd) throw Fail("the file ends inside an escape");
        char e = _text[_position];
        switch (e)
        {
            case '"': _string.Append('"'); break;
            case '\\': _string.Append('\\'); break;
            case '/': _string.Append('/'); break;
            case 'b': _string.Append('\b'); break;
            case 'f': _string.Append('\f'); break;
            case 'n': _string.Append('\n'); break;
            case 'r': _string.Append('\r'); break;
            case 't': _string.Append('\t'); break;
            case 'u':
            {
                int value = 0;
                for (int i = 1; i <= 4; i++)
                {
                    int digit = _position + i < _text.Length ? HexValue(_text[_position + i]) : -1;
                    if (digit < 0)
                    {
                        _position--;
                        throw Fail("\\u must be followed by four hexadecimal digits, such as \\u00E9");
                    }
                    value = value * 16 + digit;
                }
                // Surrogates are kept as the code units they are: a pair makes one character, a lone one is kept as is.
                _string.Append((char)value);
                _position += 4;
                break;
            }
            default:
                _position--;
                throw Fail($"'\\{Printable(e)}' is not a JSON escape; JSON has \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX"
                    + (e is 'x' ? " (write \\u00XX)" : e is '\'' ? " (a ' needs no escape)" : string.Empty));
        }
        _position++;
    }

    private DataNode ParseNumber()
    {
        var start = Mark();
        if (Peek() == '-') _position++;
        if (Peek() == '0')
        {
            _position++;
            if (Peek() is >= '0' and <= '9') throw Fail("a JSON number has no leading zero: write 7, not 07");
        }
        else if (Peek() is >= '1' and <= '9')
        {
            SkipDigits();
        }
        else
        {
            throw Fail("a '-' must be followed by a digit");
        }
        if (Peek() == '.')
        {
            _position++;
            if (!(Peek() is >= '0' and <= '9')) throw Fail("a '.' in a JSON number must be followed by a digit: write 1.0, not 1.");
            SkipDigits();
        }
        if (Peek() is 'e' or 'E')
        {
            _position++;
            if (Peek() is '+' or '-') _position++;
            if (!(Peek() is >= '0' and <= '9')) throw Fail("an exponent needs digits: write 1e5");
            SkipDigits();
        }
        if (char.IsLetterOrDigit(Peek())) throw Fail($"{Describe(Peek())} cannot follow a number");
        return DataNode.Scalar(_text.ToString(new TextSpan(start.Offset, _position - start.Offset)), ScalarStyle.Plain, SpanFrom(start));
    }

    private DataNode ParseLiteral(string literal)
    {
        var start = Mark();
        int end = _position;
        while (end < _text.Length && char.IsLetterOrDigit(_text[end])) end++;
        string word = _text.ToString(new TextSpan(_position, end - _position));
        if (word != literal)
        {
            throw word.Equals(literal, System.StringComparison.OrdinalIgnoreCase)
                ? Fail($"JSON writes {literal} in lower case")
                : Fail($"'{word}' is not a JSON value; put text in double quotes");
        }
        _position = end;
        return DataNode.Scalar(literal, ScalarStyle.Plain, SpanFrom(start));
    }

    private void SkipDigits()
    {
        while (Peek() is >= '0' and <= '9') _position++;
    }

    private void SkipWhitespace()
    {
        while (!AtEnd)
        {
            char c = _text[_position];
            if (c == '\n')
            {
                _position++;
                NewLine();
            }
            else if (c == '\r')
            {
                _position++;
                if (Peek() == '\n') _position++;
                NewLine();
            }
            else if (c is ' ' or '\t')
            {
                _position++;
            }
            else
            {
                return;
            }
        }
    }

    private void NewLine()
    {
        _line++;
        _lineStart = _position;
    }

    private bool AtEnd => _position >= _text.Length;

    private char Peek() => _position < _text.Length ? _text[_position] : '\0';

    private readonly record struct Place(int Offset, int Line, int LineStart);

    private Place Mark() => new(_position, _line, _lineStart);

    private SourceSpan SpanFrom(Place start)
        => new(start.Offset, _position - start.Offset, start.Line, start.Offset - start.LineStart, _line, _position - _lineStart);

    /// <summary>The next <paramref name="length"/> characters, for a diagnostic.</summary>
    private SourceSpan Here(int length)
    {
        int end = System.Math.Min(_text.Length, _position + length);
        return new SourceSpan(_position, end - _position, _line, _position - _lineStart, _line, end - _lineStart);
    }

    private JsonSyntaxException FailAt(Place place, string message)
    {
        (_position, _line, _lineStart) = (place.Offset, place.Line, place.LineStart);
        return Fail(message);
    }

    private JsonSyntaxException Fail(string message)
    {
        Diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.JsonSyntaxError, new SourceLocation(_path, Here(1)), message));
        return new JsonSyntaxException();
    }

    private static string Describe(char c) => c == '\0' ? "the end of the file" : "'" + Printable(c) + "'";

    private static string Printable(char c) => c < 0x20 || c is >= '\u007F' and <= '\u009F' ? "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : c.ToString();

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

}
